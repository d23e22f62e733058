export default {
  title: "The DC/OS Workbook",
  root: "src",
  pages: [{name: "What is DC/OS?", path: "/what-is-dcos"}],
  globalStylesheets: [],
  search: true
};
