// Adds plain closing lines after vitest's own report, so CI logs say at a glance how many tests ran
// and where the suite's time goes: "tests: N passed, N failed, N skipped", then each project's summed
// file time and its slowest files (tests and hooks).
import type { Reporter, TestModule } from 'vitest/node';

const SLOWEST = 8;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    const byProject = new Map<string, TestModule[]>();
    for (const module of testModules) {
      byProject.set(module.project.name, [...(byProject.get(module.project.name) ?? []), module]);
    }
    for (const [project, modules] of byProject) {
      const timed = modules
        .map((module) => ({ file: module.relativeModuleId, ms: module.diagnostic().duration }))
        .sort((a, b) => b.ms - a.ms);
      const total = timed.reduce((sum, { ms }) => sum + ms, 0);
      const slowest = timed.slice(0, SLOWEST).map(({ file, ms }) => `${file} ${(ms / 1000).toFixed(1)} s`);
      console.log(
        `time ${project}: ${(total / 1000).toFixed(0)} s in ${timed.length} files; slowest: ${slowest.join(', ')}`,
      );
    }
  }
}
