import { classifyText, compileCodebook, defaultCodebook, extendCodebook } from "@ofsted-action-plans/core";
import { describe, expect, it } from "vitest";

const codebook = compileCodebook(defaultCodebook);
const themesOf = (text: string, unit: "action" | "recommendation" = "action") =>
  classifyText(text, codebook, { unit }).themes;

/** [theme, a text that carries it, a text that does not (often a look-alike the codebook excludes)]. */
const CASES: [string, string, string][] = [
  [
    "advocacy",
    "Ensure that NYAS services are publicised by social workers",
    "Managers to advocate for a change in policy",
  ],
  ["advocacy", "Review Children's Rights Officer communications strategy", "Review the complaints procedure"],
  ["supervision", "One supervision template to be produced", "Arrange supervised contact for the family"],
  ["supervision", "Training for supervising social workers of foster carers", "Management oversight of performance"],
  [
    "thresholds",
    "Refresher guidance to be issued on CAF and levels of need",
    "The parcel was left at the threshold of the door",
  ],
  ["thresholds", "ensure thresholds for T2 is known", "Review referral documents on the website"],
  [
    "domestic_abuse",
    "CSC to re-present the expected thresholds for DV notifications",
    "TVP action - awaiting confirmation",
  ],
  ["domestic_abuse", "Strengthen MARAC/MAPPA information exchange", "Strengthen information exchange with schools"],
  [
    "domestic_abuse",
    "Review risk assessment procedures with the Police, including screening arrangements",
    "The police attended the meeting",
  ],
  [
    "child_voice",
    "Ensure that all looked after children are seen alone, have their wishes and feelings recorded",
    "6 weekly visits between supervision visits to foster carers",
  ],
  [
    "child_voice",
    "Monitor attendance and participation of children at CP conferences",
    "Full participation and robust challenge by all agencies",
  ],
  [
    "child_voice",
    "Develop a complaints leaflet for each key stage",
    "Probation to consult with children's social care when making plans",
  ],
  ["assessment", "Introduce a robust risk assessment.", "Appoint Common Assessment Framework Co-ordinator"],
  ["assessment", "Audit of themed IAs to be undertaken", "Undertake a review of the Referral & Assessment Team"],
  ["planning", "Review CP Plan formats from other LAs", "Seek the views of children subject to a CP plan"],
  ["planning", "Improve timeliness of conferences and reviews", "Improve attendance at CP conferences by Children"],
  ["quality_assurance", "Undertake a thematic case file audit", "Issues which impact on effective partnership working"],
  [
    "workforce",
    "Recruitment and Retention Strategy to be approved",
    "Care leavers engage in education, training or employment",
  ],
  [
    "workforce",
    "Review training needs and current training available",
    "Implement Signs of Safety across the wider children's workforce",
  ],
  ["governance", "Recommend revised approach to SLSCB.", "Learn through a sounding board of care leavers"],
  ["governance", "Effective HSCB training provided", "In early help implement a leadership programme"],
  [
    "early_help",
    "CAF- increase numbers completed that have lead professional",
    "Review the Fieldwork and Family Support Teams",
  ],
  ["looked_after", "Recruit more foster carers", "Work with children in need"],
  [
    "diversity",
    "Training on working with children from a Black and Minority Ethnic background",
    "A small minority of child protection plans were over-complicated",
  ],
  ["recording", "Clear guidance on chronologies to be put in place", "The council has a good track record"],
];

describe("theme rules", () => {
  it.each(CASES)("%s: %j carries it, %j does not", (theme, positive, negative) => {
    expect(themesOf(positive)).toContain(theme);
    expect(themesOf(negative)).not.toContain(theme);
  });

  it("classifies a recommendation by its own rules: conferences are a planning forum", () => {
    expect(
      themesOf(
        "Support and improve children's attendance at child protection conferences and core groups.",
        "recommendation",
      ),
    ).toEqual(["child_voice", "planning"]);
  });
});

describe("evidence", () => {
  it("gives the rule, the matched text and its offsets", () => {
    const text = "Strengthen MARAC/MAPPA information exchange";
    const { evidence } = classifyText(text, codebook);
    expect(evidence).toEqual([
      { theme: "domestic_abuse", rule: "domestic_abuse.abbreviation", text: "MARAC", start: 11, end: 16, from: "text" },
    ]);
    expect(text.slice(evidence[0]!.start, evidence[0]!.end)).toBe("MARAC");
  });
});

describe("context rules", () => {
  it("an action that only points elsewhere takes no theme, not even from its own words", () => {
    const result = classifyText("LSCB action plan to be developed to address this action", codebook, {
      recommendationThemes: ["domestic_abuse"],
    });
    expect(result).toMatchObject({ themes: [], pointer: "pointer.address-this-action" });
    expect(themesOf("See 12b (accommodation); and 19a (life skills programme).")).toEqual([]);
  });

  it("an action referring to its recommendation's subject takes the recommendation's most specific theme", () => {
    const result = classifyText("Make staff aware of the service.", codebook, {
      recommendationThemes: ["advocacy", "child_voice"],
    });
    expect(result.themes).toEqual(["advocacy"]);
    expect(result.evidence[0]).toMatchObject({
      theme: "advocacy",
      rule: "context:anaphora.the-service",
      text: "the service",
      from: "recommendation",
    });
  });

  it("does not borrow when the action's own words already share a theme with the recommendation", () => {
    const result = classifyText("Seek the views of children on this recommendation", codebook, {
      recommendationThemes: ["planning", "child_voice"],
    });
    expect(result.themes).toEqual(["child_voice"]);
  });

  it("ignores the recommendation without a pointer phrase", () => {
    expect(
      classifyText("Review current procedures to identify any updating required.", codebook, {
        recommendationThemes: ["advocacy"],
      }).themes,
    ).toEqual([]);
  });
});

describe("themes that generalise to other councils' wording", () => {
  it("a team's or service's name is not the text's subject where the team holds or leads the work", () => {
    expect(themesOf("Caseloads in the looked-after children's team stay below 18")).toEqual(["workforce"]);
    expect(themesOf("Safeguarding & Quality Assurance Service to lead work on children's participation")).toEqual([
      "child_voice",
    ]);
    // acting on the service is about it
    expect(themesOf("Review the capacity of the advocacy service")).toContain("advocacy");
  });

  it("governance without the word 'Board'", () => {
    expect(themesOf("Encourage partner agencies to take a more active part in discussions")).toEqual(["governance"]);
    expect(themesOf("Assure itself that it has responded to the recommendations")).toEqual(["governance"]);
  });

  it("advocacy only as advocacy for children", () => {
    expect(themesOf("Practice advocates to promote the model in team training")).not.toContain("advocacy");
    expect(themesOf("Domestic abuse advocates to support mothers")).not.toContain("advocacy");
    expect(themesOf("Every child in care offered an independent advocate")).toContain("advocacy");
  });
});

describe("codebook extension", () => {
  it("adds rules and themes without editing library code", () => {
    const extended = compileCodebook(
      extendCodebook(defaultCodebook, {
        rules: { domestic_abuse: [{ id: "domestic_abuse.coercive-control", pattern: "\\bcoercive control\\b" }] },
        themes: [
          {
            id: "health",
            label: "Health",
            definition: "Health services and health partners.",
            rules: [{ id: "health.term", pattern: "\\b(?:health visitors?|CAMHS|sexual health)\\b" }],
          },
        ],
      }),
    );
    expect(classifyText("Train staff to recognise coercive control", extended).themes).toEqual([
      "domestic_abuse",
      "workforce",
    ]);
    expect(classifyText("Provide earlier sexual health advice", extended).themes).toEqual(["health"]);
    expect(classifyText("Train staff to recognise coercive control", codebook).themes).toEqual(["workforce"]);
  });

  it("rejects an extension of a theme that does not exist, and an invalid pattern", () => {
    expect(() => extendCodebook(defaultCodebook, { rules: { nonsense: [{ id: "x", pattern: "x" }] } })).toThrow(
      /no theme "nonsense"/u,
    );
    expect(() =>
      compileCodebook(
        extendCodebook(defaultCodebook, { rules: { advocacy: [{ id: "advocacy.broken", pattern: "(" }] } }),
      ),
    ).toThrow(/advocacy\.broken/u);
  });
});
