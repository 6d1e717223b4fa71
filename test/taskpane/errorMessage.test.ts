import assert from "node:assert/strict";
import { errorMessage } from "../../src/taskpane/errorMessage";
import { ExcelStoreError } from "../../src/workbook/excelStore";

describe("errorMessage", () => {
  it("explains known Office error codes in German with what to do", () => {
    assert.match(errorMessage({ code: "AccessDenied", message: "Access denied" }), /geschützt\. Heben Sie den Schutz auf/);
    assert.match(errorMessage({ code: "InvalidOperationInCellEditMode" }), /Eingabetaste oder Esc/);
  });

  it("explains the limits and states real Excel reports: payload size, merged cells, inactive workbook", () => {
    assert.match(errorMessage({ code: "ResponsePayloadSizeLimitExceeded" }), /5 MB je Anfrage/);
    assert.match(errorMessage({ code: "MergedRangeConflict" }), /Zellverbund aufheben/);
    assert.match(errorMessage({ code: "InactiveWorkbook" }), /Klicken Sie in die Arbeitsmappe/);
    assert.match(errorMessage({ code: "ApiNotFound" }), /Office LTSC 2024/);
  });

  it("names the code of other Office errors, without their English text", () => {
    const message = errorMessage(Object.assign(new Error("Something exploded at line 3"), { code: "GeneralException" }));
    assert.match(message, /„GeneralException“/);
    assert.doesNotMatch(message, /exploded/);
  });

  it("passes the store's own German messages through unchanged", () => {
    const message = "Das Tabellenblatt „Sitzungen“ fehlt. Bitte zuerst „Arbeitsmappe einrichten“ ausführen.";
    assert.equal(errorMessage(new ExcelStoreError(message)), message);
  });

  it("wraps anything else in a German message without a stack trace", () => {
    const error = new TypeError("x is undefined");
    const message = errorMessage(error);
    assert.match(message, /^Ein unerwarteter Fehler ist aufgetreten \(x is undefined\)\./);
    assert.ok(!message.includes(String(error.stack)));
  });
});
