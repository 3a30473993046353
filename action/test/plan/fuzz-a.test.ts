import { describe } from 'vitest';
import { fuzzPlans, ITERATIONS_PER_FILE } from './fuzz.ts';

describe('fuzz: mutated plans (a)', () => fuzzPlans(20261123, ITERATIONS_PER_FILE));
