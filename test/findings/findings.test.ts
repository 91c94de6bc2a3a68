import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  actionTable,
  commonWeaknessGroups,
  commonWeaknessTable,
  defaultFindingCodes,
  evaluateGrouping,
  extendFindingCodes,
  parseWeaknessLabels,
  planFindings,
  slippageSummary,
  weaknessDelivery,
  withWeaknesses,
} from "@ofsted-action-plans/core";
import { citesInspectionReport, codeFinding, compileFindingCodes } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";
import { corpus, labelsDir, planOf } from "../helpers/corpus.js";

const codes = compileFindingCodes(defaultFindingCodes);
const codesOf = (text: string) => codeFinding(text, codes).codes;

describe("the reference key", () => {
  it("is read into the plan: each code with its title and every line printing it", () => {
    const key = planOf("herefordshire").referenceKey;
    expect(key.map((k) => k.code)).toEqual(["AA1", "AA2", "AA3", "AA4", "AA5", "AA6", "AA7"]);
    expect(key.find((k) => k.code === "AA6")).toMatchObject({
      inspectionReport: true,
      lines: [80, 105, 148, 225, 381, 521],
    });
    expect(key.filter((k) => k.inspectionReport).map((k) => k.code)).toEqual(["AA6"]);
  });

  it("marks the inspection report by its title, not its code", () => {
    expect(
      citesInspectionReport("Ofsted report: Inspection of local authority arrangements for the protection of children"),
    ).toBe(true);
    expect(citesInspectionReport("Inspection of children's services in Northmoor")).toBe(true);
    expect(citesInspectionReport("Areas for improvement based on observations of Ofsted judgments")).toBe(false);
    expect(citesInspectionReport("Keeping Children Safe Strategy")).toBe(false);
  });
});

describe("findings", () => {
  const findings = planFindings(corpus().plans);
  it("are every recommendation, and in Herefordshire the actions citing the inspection report", () => {
    const by = (council: string) => findings.filter((f) => f.council === council);
    expect(by("reading")).toHaveLength(10);
    expect(by("oxfordshire").map((f) => f.id)).toContain("X4");
    expect(
      by("herefordshire").every((f) => f.kind === "action-citing-report" && /\bAA6\b/u.test(f.actions[0]!.reference)),
    ).toBe(true);
    expect(by("herefordshire")).toHaveLength(22);
  });

  it("answer with a recommendation's own actions, or with the citing action and those it links to", () => {
    expect(findings.find((f) => f.council === "stockton" && f.id === "R7")!.actions.map((a) => a.id)).toEqual([
      "R7.1",
      "R7.2",
      "R7.3",
      "R7.4",
      "R7.5",
    ]);
    const citing = findings.find((f) => f.council === "herefordshire" && f.linked.length > 0)!;
    expect(citing.actions).toHaveLength(1);
    expect(citing.actions[0]!.crossReferences).toEqual(citing.linked.map((a) => a.id));
  });

  it("leave rows that only point to other actions out of the answer, shown as linked", () => {
    const r21 = findings.find((f) => f.council === "windsor-maidenhead" && f.id === "R21")!;
    const pointer = r21.linked[0]!;
    expect(pointer.text).toMatch(/^See /u);
    expect(r21.actions.map((a) => a.id)).not.toContain(pointer.id);
    expect(r21.linked.map((a) => a.id)).toEqual(expect.arrayContaining(["12b", "19a"]));
  });
});

describe("finding codes", () => {
  it.each([
    [
      "da_police_notifications",
      "Review the screening of domestic abuse referrals to children's social care",
      "Provide services for victims of domestic abuse",
    ],
    [
      "staff_supervision",
      "Ensure that supervision is regular, reflective and recorded",
      "Ensure that all foster carers receive regular supervision that is properly recorded",
    ],
    [
      "participation_in_conferences",
      "Improve children's attendance at child protection conferences",
      "Review the timeliness of child protection conferences",
    ],
    [
      "child_views_in_casework",
      "Capture the lived experience of children in assessments and plans",
      "Seek children's views in developing strategic plans",
    ],
    ["children_seen", "Ensure that all looked after children are seen alone", "Ensure that children are safe"],
    [
      "visit_frequency",
      "Ensure children in need are visited regularly by social workers",
      "Arrange a visit to the Board",
    ],
    [
      "cp_plan_quality",
      "Ensure that child protection plans are specific, time-bound and understood by parents",
      "Review the child protection procedures",
    ],
    [
      "chairs_reviewing_officers",
      "Strengthen the quality assurance role of child protection chairs",
      "Chair the partnership meeting",
    ],
    [
      "management_oversight",
      "Improve the quality of management oversight and decision making",
      "Improve the oversight of the budget",
    ],
    [
      "assessment_quality",
      "Ensure that assessments are analytical, timely and comprehensive",
      "Complete a self-assessment for the Board",
    ],
    [
      "front_door_risk",
      "Ensure that referrals are appropriately risk assessed and prioritised",
      "Risk assessment training for foster carers",
    ],
    [
      "thresholds_applied",
      "Ensure consistent application of thresholds by partner agencies",
      "Publish the threshold document",
    ],
    [
      "early_help_strategy",
      "Ensure a multi-agency early intervention strategy is in place",
      "Early years settings report to the Board",
    ],
    ["advocacy_access", "Improve children's access to advocacy services", "Members will advocate for the new policy"],
    ["complaints", "Ensure children understand how to complain", "Ensure children understand their plans"],
    [
      "identity_in_assessments",
      "Assessments do not routinely consider children's identity needs, for example ethnicity",
      "Collect ethnicity data for the workforce strategy",
    ],
    [
      "permanence_planning",
      "Embed parallel planning and fostering to adopt",
      "Plan the permanent move of the team's office",
    ],
    [
      "placement_sufficiency",
      "Increase local placements capacity close to home communities",
      "Review placement stability data",
    ],
    [
      "board_challenge",
      "Ensure the LSCB effectively challenges partner agencies",
      "The Board meeting was held in March",
    ],
    [
      "performance_audit",
      "Develop performance information systems for managers",
      "Improve the performance of the choir",
    ],
    [
      "views_in_service_development",
      "Ensure children's views are sought and responded to in developing strategic plans",
      "Record the child's views in the assessment",
    ],
  ])("%s: codes %j, not %j", (code, positive, negative) => {
    expect(codesOf(positive)).toContain(code);
    expect(codesOf(negative)).not.toContain(code);
    expect(codeFinding(positive, codes).evidence.find((e) => e.theme === code)!.text.length).toBeGreaterThan(0);
  });

  it("each code has its parent theme, a definition and rules, and users extend them like themes", () => {
    for (const c of codes.codebook.codes)
      expect([c.parent, c.definition, c.rules.length > 0]).toEqual([expect.any(String), expect.any(String), true]);
    const mine = compileFindingCodes(
      extendFindingCodes(defaultFindingCodes, {
        rules: { complaints: [{ id: "complaints.grumbles", pattern: "\\bgrumbles?\\b" }] },
      }),
    );
    expect(codeFinding("Listen to children's grumbles", mine).codes).toEqual(["complaints"]);
    expect(() => extendFindingCodes(defaultFindingCodes, { rules: { nope: [] } })).toThrow(/no code "nope"/u);
  });
});

describe("common weaknesses", () => {
  const findings = planFindings(corpus().plans);
  const weaknesses = commonWeaknessGroups(findings);

  it("span at least two councils, and a finding sits in at most two of them", () => {
    expect(weaknesses.length).toBeGreaterThan(5);
    for (const w of weaknesses) expect(new Set(w.members.map((m) => m.finding.council)).size).toBeGreaterThanOrEqual(2);
    const seen = new Map<string, number>();
    for (const m of weaknesses.flatMap((w) => w.members))
      seen.set(`${m.finding.council}/${m.finding.id}`, (seen.get(`${m.finding.council}/${m.finding.id}`) ?? 0) + 1);
    expect(Math.max(...seen.values())).toBeLessThanOrEqual(2);
    for (const m of weaknesses.flatMap((w) => w.members)) expect(m.evidence.length).toBeGreaterThan(0);
  });

  it("agree with the dev hand grouping on most cross-council pairs, far above TF-IDF", () => {
    const gold = parseWeaknessLabels(readFileSync(join(labelsDir, "weaknesses-dev.tsv"), "utf8"));
    const e = evaluateGrouping(
      weaknesses.map((w) => w.members.map((m) => `${m.finding.council}/${m.finding.id}`)),
      gold.map((g) => g.findings),
    );
    console.log(`weaknesses (dev): pair precision ${e.precision?.toFixed(3)}, recall ${e.recall?.toFixed(3)}`);
    expect(e.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.recall).toBe(1);
  });

  it("tell, per weakness and council, how the answering actions were delivered, with denominators", () => {
    const actions = actionTable(corpus().plans);
    const table = commonWeaknessTable(weaknesses, actions).objects() as Record<string, number | string>[];
    expect(Object.keys(table[0]!)).toEqual([
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
    ]);
    const delivery = weaknessDelivery(actions, weaknesses).objects() as Record<string, number | string>[];
    for (const w of table) {
      const rows = delivery.filter((d) => d.weakness === w.weakness_id);
      expect(rows.map((r) => r.council).sort()).toEqual(
        String(w.council_list)
          .split(";")
          .filter((c) => rows.some((r) => r.council === c))
          .sort(),
      );
      expect(rows.reduce((n, r) => n + Number(r.slipped), 0)).toBe(w.slipped);
      expect(rows.reduce((n, r) => n + Number(r.assessable), 0)).toBe(w.assessable);
      expect(rows.reduce((n, r) => n + Number(r.completed), 0)).toBe(w.completed);
      expect(Number(w.completed_stated) + Number(w.completed_rating_only)).toBe(w.completed);
      expect(w.small_base).toBe(Number(w.assessable) < 5);
      for (const r of rows) expect(Number(r.slipped)).toBeLessThanOrEqual(Number(r.assessable));
    }
    const supervision = weaknesses.find((w) => w.code === "staff_supervision")!;
    const stockton = delivery.find((d) => d.weakness === supervision.id && d.council === "stockton")!;
    expect(stockton.actions).toBe(5);
    // the answering actions themselves, to drill into: one id per counted action
    const ids = String(stockton.action_ids).split(";");
    expect(ids).toHaveLength(5);
    expect(ids.every((id) => id.startsWith("stockton/"))).toBe(true);
    expect(slippageSummary(withWeaknesses(actions, weaknesses), ["weakness"]).numRows()).toBe(weaknesses.length);
  });

  it("count, per weakness and council, exactly the actions its findings answer with (what the report's drill-down lists)", () => {
    const actions = actionTable(corpus().plans);
    const delivery = weaknessDelivery(actions, weaknesses).objects() as Record<string, string>[];
    for (const w of weaknesses)
      for (const council of w.councils) {
        const answering = w.members
          .filter((m) => m.finding.council === council)
          .flatMap((m) => m.finding.actions.map((a) => `${council}/${a.id}`));
        const row = delivery.find((d) => d.weakness === w.id && d.council === council);
        const listed = row ? String(row.action_ids).split(";").filter(Boolean) : [];
        expect([...new Set(listed)].sort(), `${w.id} ${council}`).toEqual([...new Set(answering)].sort());
      }
  });
});
