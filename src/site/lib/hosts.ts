/** A host's label that is only the title (`主持人：`, `[主持]：`), in either script: it names nobody. */
const TITLE_ONLY = /^主持人?$/u;

/** Tell whether a host's label names nobody, being only the host's title (`主持人`). */
export function isUnnamedHost(speaker: string): boolean {
  return TITLE_ONLY.test(speaker.trim());
}

/** Keep the hosts whose names are known (`[许岚, 主持人]` → `[许岚]`). */
export function namedHosts(hosts: readonly string[]): string[] {
  return hosts.filter((host) => !isUnnamedHost(host));
}
