// The optional `readiness` section of a plan: production readiness, modelled on the Kubernetes
// KEP production readiness review questionnaire (upgrade and downgrade, version skew,
// scalability, troubleshooting, dependencies, monitoring), as answers a reviewer and the on-call
// engineer read before production. Part of the plan schema (plan/schema.ts puts it under
// `readiness`); kept in its own file because it is a questionnaire of its own. Why plan-level
// and which rule asks for it: docs/adr/0035-production-readiness.md.
import { type Static, Type } from '@sinclair/typebox';

const Text = (description: string) => Type.String({ minLength: 1, description });
const Strict = { additionalProperties: false } as const;

export const ReadinessUpgrade = Type.Object(
  {
    how: Text('How the new version or setting replaces the old one: in what order, and what must be in place first.'),
    downgrade: Text('How to go back to the old version, and what happens to data or state the new one wrote.'),
    tested: Type.Optional(Text('Where and when upgrade, downgrade and upgrade again were tried, and what was found.')),
  },
  { ...Strict, description: 'Upgrade and downgrade.' },
);

export const ReadinessScalability = Type.Object(
  {
    load: Type.Optional(Text('New calls, requests, jobs or messages the change adds, with numbers.')),
    resources: Type.Optional(Text('How CPU, memory, storage, connections or cost change, with numbers.')),
    limits: Type.Optional(
      Text('Limits and quotas the change may reach (rate limits, pool sizes, disk), and what then.'),
    ),
  },
  { ...Strict, description: 'What the change costs at full scale.' },
);

export const FailureMode = Type.Object(
  {
    failure: Text('What can go wrong.'),
    detect: Text('How it shows: an alert, a metric, a log line.'),
    mitigate: Text('What the on-call engineer does about it.'),
  },
  { ...Strict, description: 'A known way the change fails, how it shows, and what to do.' },
);

export const ReadinessDependency = Type.Object(
  {
    name: Text('A service, system or team the change relies on.'),
    ifUnavailable: Text('What users and the rollout see when it is slow or down.'),
  },
  Strict,
);

export const ReadinessMonitoring = Type.Object(
  {
    health: Text('How an operator can tell that the change works for users.'),
    metrics: Type.Optional(
      Type.Array(Type.String({ description: 'The name of a metric from `metrics`.' }), {
        minItems: 1,
        description: 'The metrics (from `metrics`) that show it.',
      }),
    ),
    alerts: Type.Optional(Type.Array(Text('An alert that fires when it does not.'), { minItems: 1 })),
  },
  { ...Strict, description: 'How operators see that it works.' },
);

export const Readiness = Type.Object(
  {
    upgrade: Type.Optional(ReadinessUpgrade),
    versionSkew: Type.Optional(
      Text(
        'How old and new versions of each component (clients, servers, workers, schemas) work together while both run.',
      ),
    ),
    scalability: Type.Optional(ReadinessScalability),
    troubleshooting: Type.Optional(
      Type.Array(FailureMode, { minItems: 1, description: 'Known failure modes, how each shows, and what to do.' }),
    ),
    dependencies: Type.Optional(
      Type.Array(ReadinessDependency, {
        minItems: 1,
        description: 'What the change relies on, and what happens when it is unavailable.',
      }),
    ),
    monitoring: Type.Optional(ReadinessMonitoring),
  },
  {
    ...Strict,
    description:
      'Production readiness, after the Kubernetes KEP production readiness questionnaire: upgrade and downgrade, version skew, scalability, troubleshooting, dependencies and monitoring.',
  },
);

export type Readiness = Static<typeof Readiness>;

/** The sections of `readiness`, in the order they are asked and shown, with their names for people. */
export const READINESS_SECTIONS: readonly { key: keyof Readiness; title: string }[] = [
  { key: 'upgrade', title: 'upgrade and downgrade' },
  { key: 'versionSkew', title: 'version skew' },
  { key: 'scalability', title: 'scalability' },
  { key: 'troubleshooting', title: 'troubleshooting' },
  { key: 'dependencies', title: 'dependencies' },
  { key: 'monitoring', title: 'monitoring' },
];
