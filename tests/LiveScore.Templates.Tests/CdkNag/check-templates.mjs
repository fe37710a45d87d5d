// Runs cdk-nag's AwsSolutions and Serverless packs over synthesized CloudFormation templates, loaded with CfnInclude,
// and reports every finding that its resource's Metadata.cdk_nag.rules_to_suppress does not explain. That metadata is
// cdk-nag's v2 format: { id, reason, applies_to? }, where applies_to lists the rule's findings it covers, as text
// ("Resource::*") or as { "regex": "/pattern/" }; without applies_to it covers all of the rule's findings there.
// Usage: node check-templates.mjs <template.json>...
// Prints one JSON object: template path -> [{ rule, resource, description }] of the findings not explained.
import { App, DefaultStackSynthesizer, Stack, Validations } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findings(file) {
  const outdir = mkdtempSync(join(tmpdir(), 'livescore-nag-'));
  try {
    const app = new App({ outdir });
    // The template already has its own bootstrap version rule.
    const stack = new Stack(app, 'Checked', { synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }) });
    new CfnInclude(stack, 'Template', { templateFile: file });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
    try {
      app.synth();
    } catch (error) {
      if (!existsSync(join(outdir, 'validation-report.json'))) throw error;
    }
    if (!existsSync(join(outdir, 'validation-report.json'))) return [];
    const validation = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    return validation.pluginReports.flatMap(plugin => plugin.violations.flatMap(violation =>
      violation.violatingConstructs.map(construct => ({
        rule: violation.ruleName,
        resource: construct.constructPath.split('/')[2],
        description: violation.description,
      }))));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function explains(rule, finding) {
  const [, id, detail] = /^([^[]+)(?:\[(.*)\])?$/.exec(finding.rule);
  if (rule.id !== id) return false;
  if (!rule.applies_to?.length) return true;
  return detail !== undefined && rule.applies_to.some(covered => typeof covered === 'string'
    ? covered === detail
    : new RegExp(covered.regex.replace(/^\/(.*)\/[a-z]*$/, '$1')).test(detail));
}

const report = {};
for (const file of process.argv.slice(2)) {
  const resources = JSON.parse(readFileSync(file, 'utf8')).Resources ?? {};
  for (const [logicalId, resource] of Object.entries(resources)) {
    for (const rule of resource.Metadata?.cdk_nag?.rules_to_suppress ?? []) {
      if (typeof rule.reason !== 'string' || rule.reason.trim().length < 20) {
        throw new Error(`${file}: ${logicalId} suppresses ${rule.id} without a written reason`);
      }
    }
  }
  report[file] = findings(file).filter(finding =>
    !(resources[finding.resource]?.Metadata?.cdk_nag?.rules_to_suppress ?? []).some(rule => explains(rule, finding)));
}
console.log(JSON.stringify(report));
