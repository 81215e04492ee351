import { it } from "vitest";
import { readFileSync } from "node:fs";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan } from "../../server/src/core/export/layout";
it("dbg", () => {
  for (const f of ["sign3"]) {
    const { plan } = analyze(readFileSync(`/work/qa15/m9/${f}.plan`, "utf8"));
    console.log(JSON.stringify(plan.metadata), JSON.stringify(layoutPlan(plan).blocks.slice(0, 6)));
  }
});
