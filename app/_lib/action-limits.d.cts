/** The largest body a Server Action takes, in bytes (app/_lib/action-limits.cjs). */
export const ACTION_BODY_LIMIT_BYTES: number;
