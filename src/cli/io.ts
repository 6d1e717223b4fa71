/** Where the tool prints; the CLI entry and the demo pass the process streams, tests may collect. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit status of SPEC §7. */
export const OK = 0;
/** Error findings in the registers, or nothing could be planned or made from them. */
export const FINDINGS = 1;
/** A wrong call or a file problem. */
export const USAGE = 2;
