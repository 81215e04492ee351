// Entry point that VS Code's extension host loads (extensionTestsPath):
// runs every *.test.js file beside it with mocha (bdd: describe/it) and
// rejects when a test fails, which makes the test run exit with code 1.
'use strict';

const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false, // the output goes through the browser console to the runner's stdout
    timeout: 60000, // per test; each wait inside a test has its own, shorter bound
    grep: process.env.E2E_GREP || undefined,
    // The real editor on a shared CI machine: a test that fails is run once more before it
    // counts as failed. Every retry is listed after the summary (test-e2e.sh), so a test that
    // only passes the second time is seen and fixed, not hidden.
    retries: 1,
  });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const failed = [];
    const retried = [];
    const runner = mocha.run((failures) => {
      // The counts go to a file so that the CI summary can add them to the unit tests'.
      const resultsFile = process.env.E2E_RESULTS_FILE;
      if (resultsFile) {
        fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
        fs.writeFileSync(resultsFile, JSON.stringify({ passed: runner.stats.passes, failed: runner.stats.failures, failures: failed, retries: retried }));
      }
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
    // Kept for the summary at the end of the CI log, where a failure's title and first lines
    // must be visible without scrolling back through the whole mocha report.
    runner.on('retry', (test, err) => {
      retried.push({ title: test.fullTitle(), message: String((err && err.message) || err).split('\n').slice(0, 6).join('\n') });
    });
    runner.on('fail', (test, err) => {
      failed.push({ title: test.fullTitle(), message: String((err && err.message) || err).split('\n').slice(0, 6).join('\n') });
    });
  });
};
