import { workspaceTestConfig } from '../vitest.shared';

// Each test runs a whole benchmark (both engines, several child processes).
export default workspaceTestConfig({ typecheck: false, testTimeout: 120_000, hookTimeout: undefined });
