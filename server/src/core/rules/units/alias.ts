import { lazySchema, noOptions } from "../../config/lazyZod.js";
import { levelKindsOf, normalizeUnitName } from "../../units/names.js";
import { losesCommittee, planWritings, preferredWriting } from "../../units/writings.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";
import { VerdictPerName } from "../../units/verdicts.js";
import { isMadeFromParts, type UnitEntry } from "../../units/registryEntries.js";

const optionsSchema = lazySchema((z) => z.strictObject({ prefer: z.enum(["consistent", "canonical"]).optional() }));

/**
 * A unit written under another name than its canonical one. Short forms such as 市发改委 are
 * normal in real plans, so by default only a document that writes one unit in two ways is
 * reported (`市交通局` here, `市交通运输局` there); `prefer: "canonical"` reports every alias.
 */
export const aliasUnit: Rule = {
  meta: {
    id: "units/alias",
    family: "units",
    severity: "warning",
    description: "同一单位在文中写法不一，或未使用规范名称",
    fixable: true,
    get optionsSchema() {
      return optionsSchema();
    },
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale: [
        "同一个单位在一份方案里应当只有一种写法。单位名录为每个单位记录一个规范名称（如“市发展改革委”）和若干别称、全称（“市发改委”“××市发展和改革委员会”）。",
        "同一处责任分工中再次列出的单位（不论写法，如“市发展改革委、市工信局、市发改委”中的“市发改委”）是重复，由 `units/duplicate` 报告并删除，本检查既不报告它，也不把它算作本文的一种写法。",
        "默认情况下，只有当同一单位在本文中出现两种及以上写法时才报告，统一为本文已用的写法之一：用过规范名称的统一为规范名称，否则统一为全称（如“中国人民银行抚州市分行”），再否则统一为本文用得最多的写法；一贯使用同一种简称的方案不受影响。将选项 `prefer` 设为 `\"canonical\"` 则报告所有别称，一律改为规范名称；合并设置的机构、中心（“县卫生健康和体育局”“县政务服务和公共资源交易服务中心”）的名称是按名录中各部门的名称读出的，没有可依的规范名称，只统一本文已用的写法。",
        "写在地名之后的名称（“赣州市市场监管局”“章贡区住建局”），地名是本方案该级的地名时（赣州市方案中的“赣州市市场监管局”）是本级单位“市市场监管局”的一种写法；否则地名是单位的一部分：赣州市方案中的“章贡区住建局”“南康区住建局”是两个单位，都不是“区住建局”的写法，也不统一为它，规范写法是地名加规范名称（“章贡区住房和城乡建设局”统一为“章贡区住建局”）。`units/duplicate` 同样按此区分。",
        "层级字后用括号列出本级各类地方的名称（“县（市、区）政府”“县（市）人民政府”）指每个县（市、区）的这一单位，是一组单位而不是一个单位：两种写法并用时说明是同一组单位，统一时保留括号中的各类（统一为“县（市、区）人民政府”，不改为“县人民政府”），也不与本级的一个单位（“县人民政府”）视为同一单位。“各县（市、区）人民政府、开发区管委会”中“各”也及于其后的“开发区管委会”“功能园区管委会”等不写地名的开发区、园区（指每个开发区、园区的管委会），不是某一个开发区的一种写法，本检查不报告。",
        "开发区、园区的管委会是责任单位，开发区、园区本身是地方：名录以“南充高新区”记录这一单位，本文写了“南充高新区管委会”等带“管委会”的写法时，统一为带“管委会”的写法（本文用过全称的统一为全称），不改为丢掉“管委会”的名称；只写带“管委会”的写法时，`prefer` 为 `\"canonical\"` 也不报告。",
        "区的方案中，市级部门在本区的分局（“市公安局青山湖分局”“市生态环境局青山湖分局”）就是本区的这一单位，也常写作“区公安分局”“区生态环境分局”。两种写法并用时统一为分局的正式名称（市局名称加地名加“分局”），不把正式名称改成简称。",
      ].join("\n\n"),
      incorrect:
        "一、主要任务\n1.提升工程质量。〔责任单位：市住建局、市交通运输局〕\n2.强化质量监管。〔责任单位：市市场监管局、市交通局〕\n",
      correct: "一、主要任务\n1.提升工程质量。〔责任单位：市住建局、市交通局〕\n2.强化质量监管。〔责任单位：市市场监管局、市交通局〕\n",
      options:
        '`prefer`：`"consistent"`（默认）只在同一单位写法不一时报告；`"canonical"` 报告所有非规范名称。\n\n```jsonc\n{ "rules": { "units/alias": ["info", { "prefer": "canonical" }] } }\n```',
    },
  },
  check({ plan, units, options, report }) {
    const parsed = noOptions(options) ? null : optionsSchema().safeParse(options);
    const prefer = (parsed?.success && parsed.data.prefer) || "consistent";
    // What the loops below ask of a name — its unit, that unit's identity, the writing the
    // reader sees — depends on the name alone: asked once per distinct name, as a plan writes
    // the same few dozen names a thousand times (on every keystroke, in the server). Each
    // occurrence and, per unit, each writing the plan uses: a repeat in one clause is
    // units/duplicate's, neither reported here nor counted as a writing (units/writings.ts).
    const { read, occurrences, writings } = planWritings(plan, units);
    /** The writing a unit written several ways is unified to (units/writings.ts); in canonical mode, always the canonical name. */
    // A 分局's own name is never moved away from, in either mode (units/writings.ts preferredWriting).
    // A merger's name the registry made from its parts (县政务服务和公共资源交易中心) is no more
    // right than the plan's own writing of it, so canonical mode keeps to the plan's writings too.
    // A committee's writing is never moved to a zone's name (units/writings.ts losesCommittee).
    const unifiedTo = (key: string, canonical: string, entry: UnitEntry, text: string): { name: string; why: string } => {
      const preferred = preferredWriting(canonical, writings.get(key)!);
      const keepsOwn = preferred.why === "分局的正式名称" || preferred.why === "管委会的名称" || losesCommittee(text, canonical) || isMadeFromParts(entry);
      return prefer === "canonical" && !keepsOwn ? { name: canonical, why: "规范名称" } : preferred;
    };
    // What is said of a writing depends on the writing alone (and the plan's other writings of
    // its unit): judged once per distinct writing, as a plan writes the same names many times.
    const verdicts = new VerdictPerName((text) => {
      const { resolved, identity } = read(text)!;
      const { key, name: canonical } = identity;
      const mixed = writings.get(key)!.size > 1;
      if (prefer === "consistent" && !mixed) return null;
      const target = unifiedTo(key, canonical, resolved.entry, text);
      if (text === target.name) return null;
      // The canonical name stays, but for a district's body the plan also names by its 分局's own
      // name (区公安分局 beside 市公安局青山湖分局): that name is the body's (units/writings.ts).
      // So does a zone's name beside its committee's writing (units/writings.ts losesCommittee).
      if (normalizeUnitName(text) === normalizeUnitName(canonical) && target.why !== "分局的正式名称" && target.why !== "管委会的名称") return null;
      const others = [...writings.get(key)!.keys()].filter((other) => other !== text).map((other) => `“${other}”`);
      // 县（市）政府 is every county's government, a group: said as one, not as a department.
      const kinds = levelKindsOf(text);
      const group = kinds === null ? null : `每个${kinds}的${canonical.slice(kinds.length)}`;
      return {
        canonical: target.name,
        description: `改为“${target.name}”`,
        message: mixed
          ? group !== null
            ? `“${text}”与本文的${others.join("、")}都指同一组单位（${group}），应统一写作${target.why}“${target.name}”`
            : `“${text}”与本文的${others.join("、")}是同一单位，应统一写作${target.why}“${target.name}”`
          : group !== null
            ? `“${text}”指一组单位（${group}），应写作规范名称“${canonical}”`
            : `“${text}”是“${canonical}”的${resolved.form === "fullName" ? "全称" : "别称"}，应写作规范名称`,
      };
    });
    for (const unit of occurrences) {
      const verdict = verdicts.of(read(unit.text)!.seen);
      if (verdict === null) continue;
      report({
        start: unit.start,
        end: unit.end,
        message: verdict.message,
        fix: spanFix(verdict.description, unit.start, unit.end, verdict.canonical),
      });
    }
  },
};

