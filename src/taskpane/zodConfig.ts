import { config } from "zod";

/*
 * zod compiles object schemas with `new Function` when it may; merely probing for that counts as a
 * violation of the task pane's Content-Security-Policy (no 'unsafe-eval'). Without the compiler zod
 * validates the same, a little slower. Imported first by every entry point of the bundle.
 */
config({ jitless: true });
