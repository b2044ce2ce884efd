/** The WPS add-in's main page: functions registered where WPS can, the pane opened once. */
import { openPane, paneUrl, registerFunctions } from "../../../wps/main";
import { functionsNotice, saveFunctionsStatus } from "../../../wps/functions-status";
import { DEFINITIONS } from "../../../functions/definitions";

function storage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

function wpsStandin(withFunctions: boolean) {
  const panes: { ID: number; Visible: boolean; url: string }[] = [];
  const registered: string[] = [];
  return {
    panes,
    registered,
    PluginStorage: storage(),
    CreateTaskPane(url: string) {
      const pane = { ID: panes.length + 1, Visible: false, url };
      panes.push(pane);
      return pane;
    },
    GetTaskPane(id: number) {
      return panes.find((p) => p.ID === id) ?? null;
    },
    ...(withFunctions ? { AddCustomFunction: (_ns: string, name: string) => void registered.push(name) } : {}),
  };
}

test("a WPS with AddCustomFunction gets every FA function; the pane shows no notice", () => {
  const wps = wpsStandin(true);
  const status = registerFunctions(wps);
  saveFunctionsStatus(wps.PluginStorage, status);
  expect(status).toBe("registered");
  expect(wps.registered.sort()).toEqual(DEFINITIONS.map((d) => d.id).sort());
  expect(functionsNotice(wps.PluginStorage)).toBeNull();
});

test("an older WPS (no AddCustomFunction) is reported, and the pane says a newer version is needed", () => {
  const wps = wpsStandin(false);
  const status = registerFunctions(wps);
  saveFunctionsStatus(wps.PluginStorage, status);
  expect(status).toBe("unsupported");
  expect(functionsNotice(wps.PluginStorage)).toMatch(/12\.1\.0\.20540.*\/ The FA functions need/);
});

test("the 决算校验 button opens the task pane next to the main page, and reuses it", () => {
  const wps = wpsStandin(true);
  const page = "file:///home/u/.local/share/Kingsoft/wps/jsaddons/FaChecker_0.1.0/index.html";
  openPane(wps, page);
  wps.panes[0].Visible = false; // the user closed it
  openPane(wps, page);
  expect(wps.panes).toHaveLength(1);
  expect(wps.panes[0]).toMatchObject({ Visible: true, url: paneUrl(page) });
  expect(paneUrl("https://fa.example.gov.cn/wps/index.html")).toBe("https://fa.example.gov.cn/wps/taskpane.html");
});
