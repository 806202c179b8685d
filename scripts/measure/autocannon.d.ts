// The part of autocannon's API bench-load.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Result {
    requests: { total: number };
    latency: { p50: number; p99: number };
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    pipelining: number;
    timeout: number;
  }
  export default function autocannon(options: Options, done: (error: Error | null, result: Result) => void): void;
  export type { Result };
}
