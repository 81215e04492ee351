// The visual check of the .docx export: the Ganzhou seed exported by the CLI, rendered to PDF
// by LibreOffice (Debian's libreoffice-writer) with CJK fonts, its first pages saved as PNG in
// test-artifacts/visual/ for a person to look at, and what can be read back from the PDF
// asserted: page count, titles, lines per page and characters per line, page numbers at the
// outer edge. Run by scripts/test-visual.sh (which installs what it needs) with node --test.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = join(ROOT, "..", "shared", "seeds", "ganzhou-2024.txt");
const OUT = join(ROOT, "test-artifacts", "visual");
const DOCX = join(OUT, "ganzhou-2024.docx");
const PDF = join(OUT, "ganzhou-2024.pdf");

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 180_000, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.error}`);
  return result.stdout;
}

/** The words of one page with their boxes, from pdftotext -bbox. */
function words(page) {
  const html = run("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", PDF, "-"]);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    text: m[5],
  }));
}

function pageText(page) {
  return run("pdftotext", ["-f", String(page), "-l", String(page), "-layout", PDF, "-"]);
}

/** Text lines of a page's type area (the page number, below it, left out). */
function bodyLines(page) {
  return pageText(page)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^—\s*\d+\s*—$/.test(line));
}

describe("visual check: the Ganzhou seed exported and rendered by LibreOffice", () => {
  let pages = 0;

  before(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    run(process.execPath, [join(ROOT, "out", "cli.js"), "export", SEED, "--format", "docx", "-o", DOCX], { cwd: ROOT });
    // A profile of its own, so a LibreOffice already running (or a stale lock) cannot interfere.
    const profile = mkdtempSync(join(tmpdir(), "plancheck-lo-"));
    try {
      run("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", OUT, DOCX], {
        env: { ...process.env, FONTCONFIG_FILE: join(ROOT, "test", "visual", "fonts.conf") },
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [PDF]))[1]);
    run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", PDF, join(OUT, "ganzhou-2024-page")]);
  });

  it("has a plausible number of pages: the notice, then the plan at 22 × 28 characters a page", () => {
    const plan = readFileSync(SEED, "utf8");
    const characters = [...plan.replace(/\s/g, "")].length;
    const full = Math.ceil(characters / (22 * 28));
    assert.ok(pages >= full, `${pages} pages for ${characters} characters (at least ${full} expected)`);
    assert.ok(pages <= Math.ceil(full * 1.5) + 1, `${pages} pages for ${characters} characters (at most ${Math.ceil(full * 1.5) + 1} expected)`);
  });

  it("shows the title on page 1 (the notice's, as the source breaks it) and the plan's title on page 2", () => {
    const first = bodyLines(1);
    assert.equal(first[0].replace(/\s/g, ""), "赣市府字〔2024〕41号");
    assert.ok(first.includes("赣州市人民政府关于印发"), first.join("\n"));
    assert.ok(first.includes("赣州市深化质量强市建设实施方案的通知"), first.join("\n"));
    assert.equal(bodyLines(2)[0], "赣州市深化质量强市建设实施方案");
  });

  it("sets 22 lines to a full page and 28 characters to a full line", () => {
    const lines = bodyLines(5);
    assert.equal(lines.length, 22, lines.join("\n"));
    // A line of Chinese text only (no half-width digits or Latin letters) that is not a
    // paragraph's last line is exactly 28 characters long.
    const full = lines.slice(0, -1).filter((line) => /^[\u3000-\u9fff\uff00-\uffef“”‘’—]+$/u.test(line));
    assert.ok(full.length > 5, lines.join("\n"));
    assert.ok(full.some((line) => [...line].length === 28), full.join("\n"));
    assert.ok(full.every((line) => [...line].length <= 28), full.join("\n"));
  });

  it("numbers pages — N — at the outer edge: right on odd pages, left on even pages", () => {
    for (const page of [1, 2, 3]) {
      const number = words(page).find((word) => word.text === String(page));
      assert.ok(number, `page ${page} has no page number`);
      const dashes = words(page).filter((word) => word.text === "—" && Math.abs(word.yMin - number.yMin) < 2);
      assert.equal(dashes.length, 2, `page ${page}: — ${page} —`);
      if (page % 2 === 1) assert.ok(number.xMin > 595 / 2, `page ${page} number at x=${number.xMin}`);
      else assert.ok(number.xMax < 595 / 2, `page ${page} number at x=${number.xMax}`);
    }
  });
});
