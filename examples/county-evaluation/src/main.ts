import { evaluateDemoCounty } from './evaluate-demo-county';

console.log(evaluateDemoCounty().lines.join('\n'));
