import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';

/**
 * What can be checked here about the deployment files without Azure, a Microsoft 365 account or a Bicep compiler
 * (none is installable from the registries this project uses): that the Agents Toolkit projects refer only to
 * things that exist, that every placeholder has a value source, and that the Bicep template's app settings are
 * settings the bot reads, with values that start it the way App Service needs.
 */
const ROOT = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const bicep = read('infra/azure.bicep');
const packageScripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

interface Step {
  uses: string;
  with?: Record<string, unknown>;
}
type Project = Partial<Record<'provision' | 'deploy' | 'publish', Step[]>> & { version: string };

const projects = ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml'].map((file) => ({ file, project: parse(read(file)) as Project, text: read(file) }));
/** Variables the Toolkit itself provides or asks for. */
const BUILT_IN = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'TEAMSFX_ENV', 'BOT_ENDPOINT'];
const placeholders = (text: string) => [...text.matchAll(/\$\{\{([A-Za-z0-9_]+)\}\}/g)].map((match) => match[1]!);
const bicepOutputs = [...bicep.matchAll(/^output (\w+) /gm)].map((match) => match[1]!);
const bicepParams = [...bicep.matchAll(/^param (\w+) /gm)].map((match) => match[1]!);
const steps = (project: Project) => [...(project.provision ?? []), ...(project.deploy ?? []), ...(project.publish ?? [])];

/**
 * The Agents Toolkit's own schema for project files (v1.11), copied unchanged from the MIT-licensed
 * @microsoft/m365agentstoolkit-cli 1.1.17 (resource/yaml-schema/v1.11/yaml.schema.json): the CLI itself is too
 * large to be a devDependency, and the schema's published address is not reachable from CI.
 */
const toolkitSchema = JSON.parse(read('test/fixtures/m365agents/yaml.schema.v1.11.json')) as object;
const validateProject = new Ajv({ allErrors: true, strict: false }).compile(toolkitSchema);

describe('the Agents Toolkit project files', () => {
  it.each(projects)('$file is valid against the Toolkit\'s v1.11 project schema', ({ project }) => {
    expect(validateProject(project), JSON.stringify(validateProject.errors?.slice(0, 3))).toBe(true);
  });

  it('the schema catches a misspelt action, so the check above can fail', () => {
    const misspelt = structuredClone(projects[0]!.project);
    misspelt.provision![0]!.uses = 'arm/deploi';
    expect(validateProject(misspelt)).toBe(false);
  });

  it.each(projects)('$file is a v1.11 project whose steps are Toolkit actions', ({ project }) => {
    expect(project.version).toBe('v1.11');
    const known = ['arm/deploy', 'cli/runNpmCommand', 'teamsApp/validateAppPackage', 'teamsApp/publishAppPackage', 'azureAppService/zipDeploy', 'aadApp/create', 'botFramework/create', 'file/createOrUpdateEnvironmentFile'];
    for (const step of steps(project)) expect(known).toContain(step.uses);
  });

  it.each(projects)('$file runs only npm scripts that exist and reads only files that exist', ({ project }) => {
    for (const step of steps(project)) {
      const args = step.uses === 'cli/runNpmCommand' ? String(step.with?.args) : '';
      const script = /^run ([\w:-]+)/.exec(args)?.[1];
      if (script) expect(packageScripts).toContain(script);
      for (const template of (step.with?.templates as Array<{ path: string; parameters: string }> | undefined) ?? []) {
        expect(existsSync(join(ROOT, template.path))).toBe(true);
        expect(existsSync(join(ROOT, template.parameters))).toBe(true);
      }
      if (typeof step.with?.ignoreFile === 'string') expect(existsSync(join(ROOT, step.with.ignoreFile))).toBe(true);
    }
  });

  it('every placeholder of the Azure project has a source: the Toolkit, env/.env.dev or a template output', () => {
    const dev = Object.keys(parseEnv(read('env/.env.dev')));
    const used = [...placeholders(read('m365agents.yml')), ...placeholders(read('infra/azure.parameters.json'))];
    expect(used.filter((name) => !BUILT_IN.includes(name) && !dev.includes(name) && !bicepOutputs.includes(name))).toEqual([]);
  });

  it('every template parameter given a value is declared by the template', () => {
    const given = Object.keys((JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, unknown> }).parameters);
    expect(given.filter((name) => !bicepParams.includes(name))).toEqual([]);
  });

  it('the local project writes the settings the bot reads, for a single-tenant registration', () => {
    const local = projects.find((entry) => entry.file === 'm365agents.local.yml')!.project;
    const written = local.deploy!.find((step) => step.uses === 'file/createOrUpdateEnvironmentFile')!.with as { target: string; envs: Record<string, string> };
    expect(written.target).toBe('./.env');
    expect(written.envs.MicrosoftAppType).toBe('SingleTenant');
    expect(Object.keys(written.envs).filter((name) => !(name in loadConfig({})))).toEqual([]);
  });

  it('the deploy package leaves out sources, tests and local settings but keeps what the server runs', () => {
    const ignored = read('.webappignore').split('\n').filter((line) => line && !line.startsWith('#'));
    for (const kept of ['/dist', '/node_modules', '/policies', '/package.json']) expect(ignored).not.toContain(kept);
    for (const left of ['/.env', '/test', '/src', '/data']) expect(ignored).toContain(left);
  });
});

describe('infra/azure.bicep app settings', () => {
  const settings = Object.fromEntries([...bicep.matchAll(/\{ name: '(\w+)', value: ([^}]+) \}/g)].map((match) => [match[1]!, match[2]!.trim()]));
  /** Settings App Service reads itself, not the bot. */
  const APP_SERVICE_OWN = ['SCM_DO_BUILD_DURING_DEPLOYMENT'];

  it('are all settings the bot reads (or App Service itself does)', () => {
    expect(Object.keys(settings).length).toBeGreaterThan(5);
    expect(Object.keys(settings).filter((name) => !(name in loadConfig({})) && !APP_SERVICE_OWN.includes(name))).toEqual([]);
  });

  it('sign the bot in as the managed identity, with no password anywhere in the template', () => {
    expect(settings.MicrosoftAppType).toBe("'UserAssignedMSI'");
    expect(settings.MicrosoftAppId).toBe('identity.properties.clientId');
    expect(bicep).not.toMatch(/MicrosoftAppPassword|DIRECT_LINE_SECRET', value/);
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
  });

  it('start the bot on App Service: all interfaces, authenticated, blob state, one trusted proxy', () => {
    const config = loadConfig({
      WEBSITE_SITE_NAME: 'cosellabc123-app',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: '3f1b7c2e-5a4d-4e8f-9b6a-1c2d3e4f5a6b',
      MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      STORAGE: 'blob',
      BLOB_CONTAINER: 'bot-state',
      BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=cosellabc123state;AccountKey=a2V5;EndpointSuffix=core.windows.net',
      TRUSTED_PROXY_HOPS: '1',
      PORT: '8080',
    });
    expect(config).toMatchObject({ HOST: '0.0.0.0', PORT: 8080, STORAGE: 'blob', DATA_DIR: '/home/data', TRUSTED_PROXY_HOPS: 1 });
  });

  it('turn on the Teams and Direct Line channels, and run Node 20 on Linux with the health probe', () => {
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain("channelName: 'DirectLineChannel'");
    expect(bicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(bicep).toContain("healthCheckPath: '/health'");
  });
});
