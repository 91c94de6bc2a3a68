import { parseStatus, readRating } from "@ofsted-action-plans/core";
import { describe, expect, it } from "vitest";

describe("readRating reads a rating cell, never as progress prose", () => {
  it.each([
    ["Green", "green", "completed"],
    ["G", "green", "completed"],
    ["a", "amber", "in_progress"],
    ["R/A", "red", "in_progress"],
    ["A/G", "amber", "in_progress"],
    ["Amber/Green", "amber", "in_progress"],
    ["B", "blue", "completed"],
    ["[cell shaded red]", "red", "in_progress"],
  ])("%s is %s (%s)", (cell, rag, status) => {
    expect(readRating(cell)).toMatchObject({ rag, status });
  });

  it("keeps a pair as printed and the words after the rating as a comment", () => {
    expect(readRating("A/G")?.printed).toBe("A/G");
    expect(readRating("Green - Started, see project plan")).toMatchObject({
      printed: "Green",
      comment: "Started, see project plan",
    });
  });

  it("reads the plan's own key first, and explains nothing else", () => {
    expect(readRating("1", { "1": "completed" })).toMatchObject({ status: "completed", rule: "key:1" });
    expect(readRating("Green", { green: "in_progress" })?.status).toBe("in_progress");
    expect(readRating("4")).toBeNull();
    expect(readRating("A new plan")).toBeNull();
  });

  it("decides the status of an action with a rating cell; the progress words stay its progress text", () => {
    expect(parseStatus("Audit booked for May", { rating: "G" })).toMatchObject({
      status: "completed",
      rag: "green",
      rule: "rag:green",
      progressText: "Audit booked for May",
    });
    expect(parseStatus("Audit booked for May", { rating: "4" }).rule).toBe("text:progress-reported");
  });
});
