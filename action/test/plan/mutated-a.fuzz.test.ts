import { describe } from 'vitest';
import { fuzzPlans } from './fuzz.ts';

describe('fuzz: mutated plans (a)', () => fuzzPlans({ name: 'a', seed: 20261123, offset: 0 }));
