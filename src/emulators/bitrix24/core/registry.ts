/** Method lookup by name, case-insensitively (docs/bitrix24-contract.md §1.1). */
import type { MethodDefinition } from './method.js';

export class MethodRegistry {
  private readonly byName = new Map<string, MethodDefinition>();

  constructor(methods: MethodDefinition[]) {
    for (const m of methods) this.add(m);
  }

  add(method: MethodDefinition): void {
    const key = method.name.toLowerCase();
    if (this.byName.has(key)) throw new Error(`Emulator method registered twice: ${method.name}`);
    this.byName.set(key, method);
  }

  find(name: string): MethodDefinition | undefined {
    return this.byName.get(name.toLowerCase());
  }

  names(): string[] {
    return [...this.byName.values()].map((m) => m.name);
  }
}
