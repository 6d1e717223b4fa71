/*
 * Browser entry of the strict Office fake for the end-to-end test: served in place of Office's
 * office.js, it installs the fake synchronously (as office.js defines `Office` before the task pane
 * script runs) with the state and options (e.g. the platform) the test put in front of it.
 */
import { installFakeOffice, type FakeOffice, type FakeOfficeOptions, type FakeWorkbookState } from "../fakes/officeFake";

const page = window as unknown as { __fakeOfficeState: FakeWorkbookState; __fakeOfficeOptions?: FakeOfficeOptions; __fakeOffice: FakeOffice };
page.__fakeOffice = installFakeOffice(page.__fakeOfficeState, page.__fakeOfficeOptions);
