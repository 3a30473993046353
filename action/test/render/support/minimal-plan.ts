// A small valid plan for unit tests, with phases and freezes the test chooses.
import type { Freeze, Phase, RolloutPlan } from '../../../src/plan/schema.ts';

export function phase(id: string, fields: Partial<Phase> = {}): Phase {
  return {
    id,
    title: `Phase ${id}`,
    environment: 'production',
    strategy: 'rolling',
    steps: [{ id: 'deploy', kind: 'binary', do: 'Deploy.', rollback: 'Roll back.' }],
    ...fields,
  };
}

export function minimalPlan(phases: Phase[], freezes: Freeze[] = []): RolloutPlan {
  return {
    apiVersion: 'rollbook/v1',
    kind: 'RolloutPlan',
    metadata: { name: 'minimal', title: 'Minimal plan', owners: ['@owner'], services: ['svc'] },
    story: {
      problem: 'A problem.',
      size: 'Small.',
      solution: 'A fix.',
      deliverables: ['The fix'],
      impact: [{ kpi: 'Errors', expect: 'fewer' }],
    },
    compatibility: { breaking: false },
    metrics: {},
    ...(freezes.length > 0 ? { freezes } : {}),
    phases,
    escalation: [{ name: 'On-call', role: 'Incident commander' }],
    policy: { prefer: 'rollback' },
  };
}
