import { describe } from 'vitest';
import { fuzzPlans } from './fuzz.ts';
import { FUZZ_FILES } from './fuzz-settings.ts';

describe('fuzz: mutated plans (b)', () => fuzzPlans(FUZZ_FILES[1]!));
