import { runQuickstart } from './quickstart';

console.log(runQuickstart().lines.join('\n'));
