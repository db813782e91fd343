import { workspaceTestConfig } from '../../vitest.shared';

// Rendering loads vega (ESM, large) on first use; on a busy machine that alone can pass 5 s.
export default workspaceTestConfig({ testTimeout: 30_000, hookTimeout: undefined });
