/*
 * Browser entry of the strict Word fake for the end-to-end test: served in place of Office's
 * office.js, it installs the fake synchronously with an empty document; the test changes the
 * document (text, selection, .docx) through `window.__fakeWord.document`.
 */
import { installFakeWord, type FakeWord } from "../fakes/wordFake";

(window as unknown as { __fakeWord: FakeWord }).__fakeWord = installFakeWord({ text: "", selection: { start: 0, end: 0 }, docx: null });
