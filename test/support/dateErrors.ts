import { expect } from "vitest";
import { DateError } from "../../src/errors.js";

/** Runs a call that must throw, checks that it threw a DateError, and returns it (for its code and fields). */
export function catchDateError(call: () => unknown): DateError {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "expected a DateError to be thrown").toBeInstanceOf(DateError);
  return thrown as DateError;
}

/** The code of the DateError a call throws (the test fails if it throws anything else or nothing). */
export function dateErrorCode(call: () => unknown): string {
  return catchDateError(call).code;
}
