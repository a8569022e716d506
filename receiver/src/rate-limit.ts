import {RateLimiterMemory, RateLimiterRes} from 'rate-limiter-flexible';

/** How many requests one client may make in a window. */
export interface RateLimit {
  /** Requests per window (default 60). */
  points: number;
  /** The window in seconds (default 600). */
  windowSeconds: number;
}

export const defaultRateLimit: RateLimit = {points: 60, windowSeconds: 600};

/** Takes one request from a client's allowance; answers the seconds to wait when none is left. */
export type Limiter = (client: string) => Promise<{ok: true} | {ok: false; retryAfter: number}>;

/**
 * A per-client limiter in this process's memory (rate-limiter-flexible). Several receivers behind
 * one load balancer each keep their own count.
 */
export function createLimiter(limit: RateLimit = defaultRateLimit): Limiter {
  const limiter = new RateLimiterMemory({points: limit.points, duration: limit.windowSeconds});
  return async (client) => {
    try {
      await limiter.consume(client);
      return {ok: true};
    } catch (result) {
      if (result instanceof RateLimiterRes) {
        return {ok: false, retryAfter: Math.max(1, Math.ceil(result.msBeforeNext / 1000))};
      }
      throw result;
    }
  };
}
