import { goldenSuite } from './rules-golden-harness';
import { incomeSupplementCases } from '../golden/income-supplement.cases';

goldenSuite('old-age-income-supplement', incomeSupplementCases);
