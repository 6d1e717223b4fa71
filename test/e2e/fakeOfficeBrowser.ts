/*
 * Browser entry of the strict Office fake for the end-to-end test: served in place of Office's
 * office.js, it installs the fake synchronously (as office.js defines `Office` before the task pane
 * script runs) with the state the test put in front of it.
 */
import { installFakeOffice, type FakeOffice, type FakeWorkbookState } from "../fakes/officeFake";

const page = window as unknown as { __fakeOfficeState: FakeWorkbookState; __fakeOffice: FakeOffice };
page.__fakeOffice = installFakeOffice(page.__fakeOfficeState);
