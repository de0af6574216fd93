import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, expect, it } from 'vitest';
import { DIST, htmlFiles, requireBuild } from '../helpers/site';

beforeAll(() => requireBuild());

it('every HTML file validates (html-validate, recommended rules)', async () => {
  // No rule is disabled: the site's HTML passes the full recommended preset.
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(30);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(DIST, file));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});
