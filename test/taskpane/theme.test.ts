import assert from "node:assert/strict";
import { themeOf } from "../../src/taskpane/theme";

describe("themeOf: the pane's palette for the Office theme's body background", () => {
  // Body backgrounds of Office's themes as Office.context.officeTheme reports them (Colorful/White, Dark Gray, Black).
  it("is light for the Colorful and White themes and dark for Dark Gray and Black", () => {
    assert.equal(themeOf("#FFFFFF"), "light");
    assert.equal(themeOf("#F3F2F1"), "light");
    assert.equal(themeOf("#262626"), "dark");
    assert.equal(themeOf("#000000"), "dark");
    assert.equal(themeOf("444444"), "dark");
  });

  it("leaves the choice to the system when the host reports no usable colour", () => {
    assert.equal(themeOf(undefined), null);
    assert.equal(themeOf(""), null);
    assert.equal(themeOf("rgb(0,0,0)"), null);
  });
});
