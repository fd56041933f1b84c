/** Generator throughput in Node: answers → ASA config text, configs per second. */
import { generateAsaConfig } from '../src/render/asa/generate-asa-config';
import { ciscoExample } from '../src/domain/defaults';

export function generatorThroughput(seconds: number): number {
  const scenarios = [ciscoExample(), splitScenario()];
  for (let i = 0; i < 2000; i++) generateAsaConfig(scenarios[i % 2]!); // warm-up
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) generateAsaConfig(scenarios[(count + i) % 2]!);
    count += 100;
  }
  return count / ((performance.now() - start) / 1000);
}

function splitScenario() {
  const answers = ciscoExample();
  answers.ipsecSettings.splitTunnel = true;
  answers.ipsecSettings.splitNetworks = '10.10.0.0/16\n10.20.0.0/16';
  answers.userAccounts.users.push({ username: 'alice', password: 'Alice-Pass-2026' });
  return answers;
}
