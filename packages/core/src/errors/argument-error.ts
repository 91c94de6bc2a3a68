/**
 * Thrown by the library's functions when an argument is not what they take: names the argument,
 * what was expected and what was given, so a caller never meets a bare `TypeError` from inside.
 *
 * @example
 * try {
 *   parseDue("May 2013", { asOf: "last week" });
 * } catch (e) {
 *   if (e instanceof ArgumentError) console.log(e.argument, e.expected); // "options.asOf" "an ISO date YYYY-MM-DD"
 * }
 */
export class ArgumentError extends Error {
  override readonly name = "ArgumentError";
  /** The argument's name, e.g. `plans` or `options.asOf`. */
  readonly argument: string;
  /** What the function takes there. */
  readonly expected: string;

  constructor(argument: string, expected: string, received: unknown) {
    super(`${argument}: expected ${expected}, received ${describe(received)}`);
    this.argument = argument;
    this.expected = expected;
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

/**
 * Checks that an argument is an array of plans (as `loadAll().plans` gives).
 *
 * @returns the plans.
 * @throws ArgumentError naming the argument otherwise.
 * @example
 * expectPlans(plans); // the plans; an ArgumentError naming the first that is not a plan
 */
export function expectPlans<T>(plans: readonly T[], argument = "plans"): readonly T[] {
  if (!Array.isArray(plans)) throw new ArgumentError(argument, "an array of plans, e.g. loadAll().plans", plans);
  plans.forEach((p, k) => {
    if (p === null || typeof p !== "object" || !Array.isArray((p as { recommendations?: unknown }).recommendations)) {
      throw new ArgumentError(`${argument}[${k}]`, "a plan (with recommendations)", p);
    }
  });
  return plans;
}

/**
 * Checks that an argument is an arquero table.
 *
 * @returns the table.
 * @throws ArgumentError naming the argument otherwise.
 * @example
 * expectTable(actions, "actions"); // the table; an ArgumentError when it is not an arquero table
 */
export function expectTable<T extends { columnNames(): string[] }>(
  table: T,
  argument: string,
  example = "actionTable(plans)",
): T {
  if (
    table === null ||
    typeof table !== "object" ||
    typeof (table as { columnNames?: unknown }).columnNames !== "function"
  ) {
    throw new ArgumentError(argument, `an arquero table such as ${example}`, table);
  }
  return table;
}

/**
 * Checks that an argument is a string.
 *
 * @returns the string.
 * @throws ArgumentError naming the argument otherwise.
 * @example
 * expectString(text, "text"); // the text; an ArgumentError for a number, null…
 */
export function expectString(value: string, argument: string, expected = "a string"): string {
  if (typeof value !== "string") throw new ArgumentError(argument, expected, value);
  return value;
}

/**
 * Checks that an argument is an array (of what, `expected` says), and each item an object when
 * `items` is "objects".
 *
 * @returns the array.
 * @throws ArgumentError naming the argument, or the first item that is not an object.
 * @example
 * expectArray(findings, "findings", "findings, e.g. planFindings(plans)", "objects");
 */
export function expectArray<T>(
  value: readonly T[],
  argument: string,
  expected: string,
  items?: "objects" | "strings" | "numbers",
): readonly T[] {
  if (!Array.isArray(value)) throw new ArgumentError(argument, `an array of ${expected}`, value);
  if (items)
    value.forEach((v, k) => {
      const ok =
        items === "objects"
          ? v !== null && typeof v === "object"
          : items === "strings"
            ? typeof v === "string"
            : typeof v === "number";
      if (!ok) throw new ArgumentError(`${argument}[${k}]`, `one of ${expected}`, v);
    });
  return value;
}

/**
 * Checks that an argument is a plain object carrying the named keys (e.g. `classifyPlans(plans)` has
 * `codebook`, `actions` and `recommendations`).
 *
 * @returns the object.
 * @throws ArgumentError naming the argument otherwise.
 * @example
 * expectObject(themes, "themes", "classifyPlans(plans)", ["codebook", "actions"]);
 */
export function expectObject<T>(value: T, argument: string, expected: string, keys: readonly string[] = []): T {
  if (value === null || typeof value !== "object" || Array.isArray(value) || keys.some((k) => !(k in value)))
    throw new ArgumentError(argument, expected, value);
  return value;
}

/**
 * Checks that an argument is bytes (a `Uint8Array`, as `readFileSync` gives).
 *
 * @returns the bytes.
 * @throws ArgumentError naming the argument otherwise.
 * @example
 * expectBytes(readFileSync("plan.pdf"), "bytes");
 */
export function expectBytes(value: Uint8Array, argument: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new ArgumentError(argument, "bytes (a Uint8Array)", value);
  return value;
}
