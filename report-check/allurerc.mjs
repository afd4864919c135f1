// Allure 3 configuration for Assay's report (used by generate-allure3.mjs): the awesome report, in
// English, its trees listed by name as Allure 2 lists them, so a benchmark opens on its verdicts
// ("(compare)", "(baseline)", "model › (summary)" sort first; see docs/allure.md).
export default {
  name: 'Assay benchmarks',
  plugins: {
    awesome: {
      options: {
        reportName: 'Assay benchmarks',
        reportLanguage: 'en',
        singleFile: false,
        defaultSortBy: 'name,asc',
      },
    },
  },
};
