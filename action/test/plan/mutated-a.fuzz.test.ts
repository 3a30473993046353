import { describe } from 'vitest';
import { fuzzPlans } from './fuzz.ts';
import { FUZZ_FILES } from './fuzz-settings.ts';

describe('fuzz: mutated plans (a)', () => fuzzPlans(FUZZ_FILES[0]!));
