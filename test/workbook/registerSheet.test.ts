import assert from "node:assert/strict";
import { MEETING_COLUMNS, MEMBER_COLUMNS } from "../../src/domain/registers";
import { dropDownChoices, freeTableName, knownHeaders } from "../../src/workbook/registerSheet";

describe("registerSheet", () => {
  it("knows a register's headers in their compared form", () => {
    assert.deepEqual([...knownHeaders("Sperrzeiten")], ["von", "bis", "grund"]);
  });

  it("offers drop-downs for yes/no and enum columns only", () => {
    const column = (header: string) => MEMBER_COLUMNS.find((c) => c.header === header)!;
    assert.deepEqual(dropDownChoices(column("Gastgeber")), ["Ja", "Nein"]);
    assert.deepEqual(dropDownChoices(column("Art")), ["Kreis", "Stadt", "Gemeinde", "Sonstige"]);
    assert.equal(dropDownChoices(column("Mitglied")), null);
    assert.deepEqual(dropDownChoices(MEETING_COLUMNS.find((c) => c.header === "Status")!), ["geplant", "eingeladen", "durchgeführt", "abgesagt"]);
  });

  it("names a new table so that it does not clash, ignoring case", () => {
    assert.equal(freeTableName("tblKontakte", new Set()), "tblKontakte");
    assert.equal(freeTableName("tblKontakte", new Set(["tblkontakte", "tblkontakte2"])), "tblKontakte3");
  });
});
