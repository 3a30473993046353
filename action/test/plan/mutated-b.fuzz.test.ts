import { describe } from 'vitest';
import { fuzzPlans } from './fuzz.ts';

describe('fuzz: mutated plans (b)', () => fuzzPlans({ name: 'b', seed: 97531, offset: 1 }));
