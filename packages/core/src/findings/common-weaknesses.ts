import { expectArray, expectObject, expectTable } from "../errors/argument-error.js";
import { escape, from, table, type ColumnTable } from "arquero";
import { slippageSummary } from "../slippage/slippage-summary.js";
import type { Evidence } from "../themes/classify.js";
import { compileFindingCodes, type CompiledFindingCodes, type FindingCodebookInput } from "./finding-codes.js";
import { defaultFindingCodes } from "./default-finding-codes.js";
import type { Finding } from "./plan-findings.js";

/** A finding in a common weakness, with the spans that placed it there. */
export interface WeaknessMember {
  readonly finding: Finding;
  readonly evidence: readonly Evidence[];
}

/**
 * A weakness found in the findings of at least two councils: one finding code, the findings whose
 * main subject it is (`members`, which every headline count uses), and the findings that mention it
 * beside another main subject (`alsoMentioned`).
 */
export interface CommonWeakness {
  /** `W01`, `W02`… by how many councils share it, then codebook order (another prefix if asked). */
  readonly id: string;
  /** The finding code, e.g. `staff_supervision`. */
  readonly code: string;
  /** The code's label, e.g. "Regular, reflective, recorded supervision of staff". */
  readonly label: string;
  readonly theme: string;
  /** The councils whose findings have it as their main subject. */
  readonly councils: readonly string[];
  /** The findings whose main subject it is. */
  readonly members: readonly WeaknessMember[];
  /** Findings that name it beside their main subject: listed apart, counted nowhere. */
  readonly alsoMentioned: readonly WeaknessMember[];
}

/** Options of `commonWeaknessGroups`. */
export interface WeaknessOptions {
  /** Finding codes (default: the library's). */
  readonly codes?: FindingCodebookInput | CompiledFindingCodes;
  /** The ids' prefix (default `W`; the national weaknesses of Ofsted's reports use `N`). */
  readonly prefix?: string;
}

/**
 * Groups findings from different councils that name the same weakness: one group per finding code
 * that is a main subject (`Finding.subjects`: the code it names first, what it asks to change) of
 * findings of at least two councils. Every other code a finding carries lists it under that group's
 * `alsoMentioned` — apart, and counted nowhere — so no membership is dropped and none is counted
 * twice. Each member keeps the spans that coded it.
 *
 * @returns the common weaknesses, most widely shared first.
 * @example
 * const weaknesses = commonWeaknessGroups(planFindings(loadAll().plans));
 * weaknesses.map((w) => `${w.label}: ${w.councils.join(", ")}`);
 */
export function commonWeaknessGroups(findings: readonly Finding[], options: WeaknessOptions = {}): CommonWeakness[] {
  expectArray(findings, "findings", "findings, e.g. planFindings(plans)", "objects");
  expectObject(options, "options", "options { codes?, prefix? }");
  const codes = options.codes ?? defaultFindingCodes;
  const compiled = "compiled" in codes ? codes : compileFindingCodes(codes);
  const order = new Map(compiled.codebook.codes.map((c, k) => [c.id, k]));
  const primary = new Map<string, WeaknessMember[]>();
  const secondary = new Map<string, WeaknessMember[]>();
  const add = (map: Map<string, WeaknessMember[]>, code: string, member: WeaknessMember) => {
    const list = map.get(code);
    if (list) list.push(member);
    else map.set(code, [member]);
  };
  for (const finding of findings)
    for (const code of finding.codes)
      add(finding.subjects.includes(code) ? primary : secondary, code, {
        finding,
        evidence: finding.evidence.filter((e) => e.theme === code),
      });
  const groups = compiled.codebook.codes
    .map((code) => {
      const members = primary.get(code.id) ?? [];
      return { code, members, councils: [...new Set(members.map((m) => m.finding.council))] };
    })
    .filter((g) => g.councils.length >= 2)
    .sort((a, b) => b.councils.length - a.councils.length || (order.get(a.code.id) ?? 0) - (order.get(b.code.id) ?? 0));
  const prefix = options.prefix ?? "W";
  return groups.map((g, k) => ({
    id: `${prefix}${String(k + 1).padStart(2, "0")}`,
    code: g.code.id,
    label: g.code.label,
    theme: g.code.parent,
    councils: g.councils,
    members: g.members,
    alsoMentioned: secondary.get(g.code.id) ?? [],
  }));
}

/**
 * The common weaknesses as a table, one row per weakness: `weakness_id, weakness, councils,
 * council_list, findings` (`council/finding_id` joined by ";", the findings whose main subject it is),
 * `also_mentioned` (findings that name it beside another main subject), then `actions, slipped, assessable`
 * over the actions that answer its findings (removed actions left out; slipped and assessable as
 * `slippageSummary` counts them) when an action table is given, else null. A table that already has
 * the weaknesses' `weakness_list` (see `withWeaknesses`) is used as it is.
 *
 * @returns an arquero table in the column order of `common-weaknesses.csv`.
 * @example
 * commonWeaknessTable(weaknesses, actionTable(plans)).print();
 */
export function commonWeaknessTable(weaknesses: readonly CommonWeakness[], actions?: ColumnTable): ColumnTable {
  expectWeaknesses(weaknesses);
  if (actions !== undefined) expectTable(actions, "actions");
  const delivery = actions
    ? new Map(
        (slippageSummary(answering(actions, weaknesses), ["weakness"]).objects() as Row[]).map((r) => [r.weakness, r]),
      )
    : null;
  const rows = weaknesses.map((w) => {
    const d = delivery?.get(w.id);
    return {
      weakness_id: w.id,
      weakness: w.label,
      councils: w.councils.length,
      council_list: w.councils.join(";"),
      findings: w.members.map((m) => `${m.finding.council}/${m.finding.id}`).join(";"),
      also_mentioned: w.alsoMentioned.map((m) => `${m.finding.council}/${m.finding.id}`).join(";"),
      actions: d ? d.actions - d.removed : actionKeys(w).size,
      completed: d?.completed ?? null,
      completed_stated: d?.completed_stated ?? null,
      completed_rating_only: d?.completed_rating_only ?? null,
      rating_contradicts_words: d?.rating_contradicts_words ?? null,
      slipped: d?.slipped ?? null,
      assessable: d?.assessable ?? null,
      small_base: d ? d.small_base : null,
    };
  });
  return rows.length ? from(rows) : table(Object.fromEntries(WEAKNESS_COLUMNS.map((c) => [c, []])));
}

/** Columns of `common-weaknesses.csv`, in order. */
export const WEAKNESS_COLUMNS = [
  "weakness_id",
  "weakness",
  "councils",
  "council_list",
  "findings",
  "also_mentioned",
  "actions",
  "completed",
  "completed_stated",
  "completed_rating_only",
  "rating_contradicts_words",
  "slipped",
  "assessable",
  "small_base",
] as const;

/**
 * Adds to an action table the weaknesses each action answers: `weakness_list` (ids) — so that
 * `slippageSummary(t, ["weakness", "council"])` gives, per common weakness and council, the actions,
 * their status and slippage with denominators: which shared weaknesses councils struggle to fix.
 *
 * @returns the action table with a `weakness_list` column.
 * @example
 * slippageSummary(withWeaknesses(actionTable(plans), weaknesses), ["weakness", "council"]).print();
 */
export function withWeaknesses(actions: ColumnTable, weaknesses: readonly CommonWeakness[]): ColumnTable {
  expectTable(actions, "actions");
  expectWeaknesses(weaknesses);
  const byAction = new Map<string, string[]>();
  for (const w of weaknesses) {
    for (const key of actionKeys(w)) {
      let list = byAction.get(key);
      if (!list) byAction.set(key, (list = []));
      list.push(w.id);
    }
  }
  return actions.derive({ weakness_list: escape((d: Row) => byAction.get(`${d.plan_id}\u0000${d.action_id}`) ?? []) });
}

/**
 * Per common weakness and council: the actions answering its findings, completed (stated or by a
 * rating only), slipped with its denominator and reasons, days late, `small_base`, and the answering
 * actions themselves (`action_ids`, `council/id;…`) to drill into — the regulator's view of which
 * shared weaknesses were fixed. Rows that only point to other actions are not answers (see
 * `Finding.linked`).
 *
 * @returns one row per weakness and council (the columns of `slippageSummary`), with the weakness's
 * label and `action_ids`.
 * @example
 * weaknessDelivery(actionTable(plans), weaknesses).print();
 */
export function weaknessDelivery(actions: ColumnTable, weaknesses: readonly CommonWeakness[]): ColumnTable {
  expectTable(actions, "actions");
  expectWeaknesses(weaknesses);
  const labels = new Map(weaknesses.map((w) => [w.id, w.label]));
  const table = answering(actions, weaknesses);
  const ids = new Map<string, string[]>();
  const councils = table.array("council") as ArrayLike<string>;
  const actionIds = table.array("action_id") as ArrayLike<string>;
  const lists = table.array("weakness_list") as ArrayLike<string[]>;
  for (let i = 0; i < table.numRows(); i++)
    for (const w of lists[i] ?? []) {
      const key = `${w}\u0000${councils[i]}`;
      let list = ids.get(key);
      if (!list) ids.set(key, (list = []));
      list.push(`${councils[i]}/${actionIds[i]}`);
    }
  return slippageSummary(table, ["weakness", "council"])
    .derive({
      weakness_label: escape((d: Row) => labels.get(d.weakness) ?? ""),
      action_ids: escape((d: Row) => (ids.get(`${d.weakness}\u0000${d.council}`) ?? []).join(";")),
    })
    .orderby("weakness", "council");
}

// Arquero row proxies are untyped.
type Row = Record<string, any>;

/**
 * @returns the action table with its `weakness_list`: the one it already carries (from
 * `withWeaknesses` with the same weaknesses, as `analysePlans` builds it), else one derived now.
 */
function answering(actions: ColumnTable, weaknesses: readonly CommonWeakness[]): ColumnTable {
  return actions.columnNames().includes("weakness_list") ? actions : withWeaknesses(actions, weaknesses);
}

function actionKeys(w: CommonWeakness): Set<string> {
  return new Set(w.members.flatMap((m) => m.finding.actions.map((a) => `${m.finding.planId}\u0000${a.id}`)));
}

/** @throws ArgumentError unless the argument is common weaknesses (`commonWeaknessGroups(findings)`). */
function expectWeaknesses(weaknesses: readonly CommonWeakness[]): void {
  expectArray(weaknesses, "weaknesses", "common weaknesses, e.g. commonWeaknessGroups(planFindings(plans))", "objects");
}
