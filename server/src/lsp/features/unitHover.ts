import { documentLevel, placeOfUnits, placesOfPlan, registryOfPlan } from "../../core/units/documentLevel.js";
import { ownBranchesOf, ownBranchSuccession } from "../../core/units/ownBranches.js";
import { isCollectiveName, leadingLevelWord } from "../../core/units/names.js";
import { PLACE_SLOT } from "../../core/units/registry.js";
import { SOURCES } from "../../core/units/registryEntries.js";
import { successorOf } from "../../core/units/retired.js";
import { isPlaceholderUnitName, UnitKeys, unitAt, usageByUnit } from "../unitUsage.js";
import type { HoverProvider } from "./hover.js";
import type { PlanDocument, ResponsibilityClause, UnitName } from "../../core/model/types.js";
import { isIssuersOwn, issuingDepartments, ownSystemBureau, ownUnitKind } from "../../core/units/divisions.js";
import type { UnitRegistry } from "../../core/units/registry.js";
import { unitNameMeantInClause } from "../../core/units/sharedSuffix.js";
import { runTogetherParts } from "../../core/units/split.js";
import { unknownUnitFinding } from "../../core/rules/units/unknown.js";
import { unfinishedNameCandidates, type CandidateScope, type UnitCandidate } from "./unitCandidates.js";

/**
 * Hover on a responsible unit: its canonical and full name, its other names, and how the
 * workspace's plans use it — how many tasks list it and how many it leads (as the clauses state,
 * or listed first where a plan declares that the first leads). A name the registry does not know
 * says so, with the name units/unknown suggests in its place, and what it is where that is known: a name from before an 机构改革 names the body that
 * took over its duties (as units/unknown does), a placeholder that it is still to be filled in,
 * names run together the units they are read as (as units/run-together and the report read them).
 * A name that begins a known one (`市市场监` being typed, `市发改` left unfinished) says what it
 * may become, as completion offers it, and no verdict (`unfinishedHover`).
 */
export const unitHover: HoverProvider = ({ analysis, mapper, document }, offset, _params, session) => {
  const found = unitAt(analysis.plan, offset);
  if (!found) return null;
  // Read as the plan's rules read it (documentLevel.ts registryOfPlan).
  const registry = registryOfPlan(session.contextFor(document.uri).registry, analysis.plan);
  // The unit the name stands for in its list, as the rules and the report read it: 柯桥区 of
  // 柯桥区、诸暨市人民政府, 交通运输厅 of 自治区住房城乡建设厅、交通运输厅 (units/sharedSuffix.ts).
  const meant = nameMeant(found.clause, found.unit, registry);
  // A group is one however the registry reads its name (县（市）人民政府 as 县人民政府): never one body.
  const resolved = isCollectiveName(meant) ? null : registry.resolve(meant);
  // Counted at the plan's place: 抚州's 市工信局 is another body than 赣州's (unitUsage.ts UnitKeys).
  const plans = session.workspace.plans();
  const keys = new UnitKeys(plans);
  const key = keys.keyOf({ plan: analysis.plan, registry }, meant);
  const usages = usageByUnit(plans, keys);
  // A name being typed, or left half-written, is no unit missing from the registry: what it may
  // become, or nothing while it is the last name of a clause still open and begins no name.
  const issuer = resolved ? null : ownOfIssuer(found.unit.text, analysis.plan, registry);
  const unfinished = resolved || isPlaceholderUnitName(found.unit.text) || isCollectiveName(meant) || issuer !== null ? null : unfinishedHover(found.clause, found.unit, { plan: analysis.plan, registry, usage: usages, keyOf: (name) => keys.keyOf({ plan: analysis.plan, registry }, name) });
  const lines: string[] = [];
  const runTogether = resolved ? null : runTogetherParts(found.unit.text, registry);
  if (resolved) {
    const city = resolved.place ?? placeOfUnits(analysis.plan, registry, leadingLevelWord(resolved.canonical) ?? "市");
    const fullName = resolved.entry.fullName?.replace(PLACE_SLOT, city ?? PLACE_SLOT);
    lines.push(`**${resolved.canonical}**${fullName ? `（${fullName}）` : ""}`);
    if (meant !== found.unit.text) lines.push("", `“${found.unit.text}”在这一处分工中指“${meant}”（${sharedPart(found.unit.text, meant)}）`);
    else if (resolved.form !== "canonical") lines.push("", `“${found.unit.text}”是${resolved.form === "fullName" ? "全称" : "别称"}，规范名称为“${resolved.canonical}”`);
    const aliases = resolved.entry.aliases.map((alias) => alias.replace(PLACE_SLOT, resolved.place ?? PLACE_SLOT));
    if (aliases.length > 0) lines.push("", `别称：${aliases.join("、")}`);
    // A name of another level is derived from a 市 entry (区财政局 from 市财政局), a city bureau's
    // district 分局 from the bureau (区生态环境分局 from 市生态环境局): its source is that entry's.
    const bureau = resolved.entry.base ? null : registry.branchBureau(resolved.entry);
    const listed = resolved.entry.base ?? bureau ?? resolved.entry;
    const source = listed.builtin ? (listed.source ?? SOURCES.builtin) : (listed.origin?.file ?? "配置文件 .plancheck.json");
    if (resolved.entry.base) lines.push("", `来源：${source}中的“${listed.name}”，按层级推得`);
    else if (bureau) lines.push("", `来源：${source}中的“${listed.name}”，按其在区里设立的分局推得`);
    else lines.push("", `来源：${source}`);
  } else {
    // A closed office's successor is the plan's city's, as units/unknown names it.
    // The plan's own district 分局 where it names one (区质监局 beside 区市场监管分局), as units/unknown names it.
    const succession = ownBranchSuccession(successorOf(found.unit.text, registry, documentLevel(analysis.plan).word, undefined, placesOfPlan(analysis.plan)), registry, ownBranchesOf(analysis.plan, registry));
    if (!succession && unfinished !== null) {
      if (unfinished.length === 0) return null;
      const named = unfinished.map((candidate) => `- ${candidate.name}${candidate.detail ? ` · ${candidate.detail}` : ""}`);
      return { contents: { kind: "markdown", value: [`**${found.unit.text}**`, "", "名称还没有写完，可能是：", "", ...named].join("\n") }, range: mapper.rangeOf(found.unit) };
    }
    lines.push(`**${found.unit.text}**`, "");
    if (succession?.closed) {
      const into = succession.successors.length > 0 ? `“${succession.successors[0]}”` : `所在${succession.closed.word}的“${succession.closed.into}”`;
      lines.push(`所指的机构已在${succession.reform}年机构改革中撤销，职责上收至${into}`);
    } else if (succession) {
      // Where the body was split or renamed differently by place (经信委 → 工信局 or 经信局), every successor is named.
      const named = succession.successors.map((successor) => `“${successor}”`).join("或");
      lines.push(`${succession.reform}年机构改革前的旧称：“${succession.retired}”的职责已划入${named}，现行名称为${named}`);
    }
    else if (isPlaceholderUnitName(found.unit.text)) lines.push("占位符：定稿前应填写实际的责任单位");
    // A group term (各乡镇人民政府) stands for many units, as the unit report lists it: no registry lists it.
    // A member of a list under one 各 (镇人民政府 of 各乡、镇人民政府) is the group its list makes of it.
    else if (isCollectiveName(meant)) {
      if (meant !== found.unit.text) lines.push(`“${found.unit.text}”在这一处分工中指“${meant}”（${sharedPart(found.unit.text, meant)}）`, "");
      lines.push("统称：指多个单位，不是一个单位的名称");
    }
    // A department's own plan names its divisions and its own bodies (units/divisions.ts), as units/unknown reads them.
    else if (issuer !== null) lines.push(issuer);
    // Names run together (区住建局区交通运输局) are the units units/run-together and the unit report read in them.
    else if (runTogether !== null) lines.push(`连写在一起的 ${runTogether.length} 个单位：${runTogether.map((part) => `“${part}”`).join("、")}，中间缺少分隔符；任务按各单位分别计入`);
    // What units/unknown says of the name, its suggestion with it ("是否应为…"), asked of this name alone.
    else lines.push(unknownUnitFinding(analysis.plan, registry, found.clause, found.unit)?.message ?? "不在责任单位名录中");
  }
  const usage = usages.get(key);
  // Several units are counted each under its own name: the written run is no unit the workspace counts.
  if (runTogether === null) lines.push("", usage ? `工作区内 ${usage.tasks} 项任务列出该单位${usage.leads > 0 ? `，其中 ${usage.leads} 项为牵头单位` : ""}` : "工作区内没有其他任务列出该单位");
  return { contents: { kind: "markdown", value: lines.join("\n") }, range: mapper.rangeOf(found.unit) };
};

/** What a name shares with the names around it to stand for `meant`: its ending, its level word, the 各 before the list. */
function sharedPart(written: string, meant: string): string {
  if (meant.startsWith(written)) return "与前后的单位共用末尾的字";
  if (!isCollectiveName(meant)) return "与前后的单位共用层级字";
  if (meant.endsWith(written)) return `与前后的单位共用开头的“${meant.slice(0, meant.length - written.length)}”`;
  return `与前后的单位共用开头的“${meant.slice(0, meant.indexOf(written))}”和末尾的字`;
}

/** The name a unit of a clause stands for in its list, as the report reads it (units/sharedSuffix.ts `unitNameMeantInClause`). */
function nameMeant(clause: ResponsibilityClause, unit: UnitName, registry: UnitRegistry): string {
  for (let at = 0; at < clause.segments.length; at++) {
    const index = clause.segments[at]!.units.indexOf(unit);
    if (index >= 0) return unitNameMeantInClause(clause.segments, at, index, registry);
  }
  return unit.text;
}

/**
 * What a name the registry does not know may become where it is unfinished (unitCandidates.ts
 * `unfinishedNameCandidates`): the candidates it begins; an empty list where it begins none but
 * is the last name of a clause still being typed (no closing bracket yet: openClauses.ts), whose
 * next character may make it any name; null where it is a finished name the registry lacks.
 */
function unfinishedHover(clause: ResponsibilityClause, unit: UnitName, scope: Omit<CandidateScope, "namesInClause">): UnitCandidate[] | null {
  const namesInClause = clause.units.filter((other) => other !== unit).map((other) => other.text);
  const candidates = unfinishedNameCandidates(unit.text, { ...scope, namesInClause });
  if (candidates.length > 0) return candidates;
  const typed = !scope.plan.clauses.includes(clause) && clause.units[clause.units.length - 1] === unit;
  return typed ? [] : null;
}

/**
 * What a name of a department's own plan is to the issuing department (its divisions, its 分局,
 * its system's county bureaus, 执法稽查局 …), in one sentence, or null where it is none of its own.
 * A 分局 or a county bureau named by place is said with the registry's name it stands for
 * (ownSystemBureau: 于都县局 is 于都县市场监管局), which the unit task list reads it as.
 */
function ownOfIssuer(name: string, plan: PlanDocument, registry: UnitRegistry): string | null {
  const departments = issuingDepartments(plan, registry);
  if (departments === null || !isIssuersOwn(name, registry, departments, documentLevel(plan).word)) return null;
  const issuer = `发文部门${[...departments].map((department) => `“${department}”`).join("、")}`;
  const full = ownSystemBureau(name, departments, registry);
  const standsFor = full === null ? "名录不收录" : `即“${full}”`;
  switch (ownUnitKind(name, registry, departments)) {
    case "division":
      return `${issuer}的内设机构：名录不收录，本文中不报告`;
    case "branch":
      return `${issuer}以所在地称呼的分局：${standsFor}，本文中不报告`;
    case "countyBureau":
      return `${issuer}系统中以所在地称呼的县级局（不是其内设机构）：${standsFor}，本文中不报告`;
    case "group":
      return `${issuer}自己的单位的统称：名录不收录，本文中不报告`;
    case "body":
      return `${issuer}按职能称呼的所属单位：名录不收录，本文中不报告`;
  }
}
