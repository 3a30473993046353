import { describe } from 'vitest';
import { fuzzPlans, ITERATIONS_PER_FILE } from './fuzz.ts';

describe('fuzz: mutated plans (b)', () => fuzzPlans(97531, ITERATIONS_PER_FILE));
