package dev.fourfold.demo;

import static dev.fourfold.demo.DemoKpi.constant;
import static dev.fourfold.demo.DemoKpi.formula;
import static dev.fourfold.demo.DemoKpi.measured;
import static dev.fourfold.demo.DemoKpi.share;

import java.math.BigDecimal;
import java.util.List;

/**
 * Northwind, the demo company: a group and two divisions, each with a scorecard whose objectives cover the classic
 * examples of every perspective. The divisions' objectives are aligned to the group's.
 */
final class DemoCompany {

    private DemoCompany() {
    }

    /** An objective: perspective index 0–3 (Financial, Customer, Internal Business Processes, Learning &amp; Growth). */
    record DemoObjective(int perspective, String code, String name, String owner, List<String> drivenBy, String alignedTo) {
    }

    /**
     * A unit's scorecard; {@code kpiOwner} is the demo user who owns its KPIs, and {@code requiresApproval} makes
     * that user's values wait for a scorecard owner's approval.
     */
    record DemoScorecard(String unit, String parentUnit, String name, String vision, List<DemoObjective> objectives,
                         List<DemoKpi> kpis, String kpiOwner, boolean requiresApproval) {
    }

    static final String GROUP = "Northwind Group";

    /** Every demo scorecard caps its scores to [0, 150], so no score is negative or runs away. */
    static final BigDecimal CAP_LOW = BigDecimal.ZERO;
    static final BigDecimal CAP_HIGH = BigDecimal.valueOf(150);
    static final String SERVICES = "Northwind Services";

    static List<DemoScorecard> scorecards() {
        return List.of(group(), manufacturing(), services());
    }

    private static DemoObjective o(int p, String code, String name, String owner, List<String> drivenBy, String alignedTo) {
        return new DemoObjective(p, code, name, owner, drivenBy, alignedTo);
    }

    private static DemoScorecard group() {
        return new DemoScorecard(GROUP, null, "Group scorecard", "Be the most trusted supplier in our region",
                groupObjectives(), groupKpis(), "owner", false);
    }

    private static List<DemoObjective> groupObjectives() {
        return List.of(
                o(0, "F1", "Grow revenue", "cfo@northwind.example", List.of("C1", "C2"), null),
                o(0, "F2", "Improve profitability", "cfo@northwind.example", List.of("F4", "P2"), null),
                o(0, "F3", "Raise return on investment", "ceo@northwind.example", List.of("F1", "F2"), null),
                o(0, "F4", "Control operating costs", "controller@northwind.example", List.of("P2"), null),
                o(1, "C1", "Delight customers", "cco@northwind.example", List.of("P1"), null),
                o(1, "C2", "Keep customers loyal", "cco@northwind.example", List.of("C1"), null),
                o(2, "P1", "Deliver reliably", "coo@northwind.example", List.of("L1"), null),
                o(2, "P2", "Improve process efficiency", "coo@northwind.example", List.of("L3"), null),
                o(3, "L1", "Develop our people", "hr@northwind.example", List.of(), null),
                o(3, "L2", "Retain talent", "hr@northwind.example", List.of("L1"), null),
                o(3, "L3", "Innovate", "cto@northwind.example", List.of("L1"), null));
    }

    private static List<DemoKpi> groupKpis() {
        return List.of(
                measured("F1", "REV", "Revenue", "kUSD", "higher", "monthly", "sum", 4200, 18, 0.08, 0.03, 1, 1.04,
                        "Invoiced revenue, net of credit notes"),
                new DemoKpi("F2", "COGS", "Cost of goods sold", "kUSD", "lower", "monthly", "sum", null, 1, 0.61,
                        -0.0004, 0, 0.015, 1, 0.98, null, "REV", "Direct cost of the goods invoiced"),
                formula("F2", "GM", "Gross margin", "%", "higher", "100 * (REV - COGS) / REV", 40,
                        "Revenue less cost of goods sold, as a share of revenue"),
                measured("F3", "ROI", "Return on investment", "%", "higher", "quarterly", "last", 11.5, 0.05, 0, 0.04, 1,
                        1.05, "Operating profit over capital employed, at quarter end"),
                constant("F4", "OPEX_RATIO", "Operating cost ratio", "%", "lower", "monthly", "average", 24.5, -0.03,
                        0.02, 1, 23, "Operating expenses as a share of revenue"),
                constant("C1", "CSAT", "Customer satisfaction", "%", "higher", "monthly", "average", 82, 0.12, 0.015,
                        1, 88, "Share of surveyed customers satisfied or very satisfied"),
                constant("C2", "RETENTION", "Customer retention rate", "%", "higher", "quarterly", "average", 89, 0.08,
                        0.01, 1, 92, "Customers at the start of the quarter still buying at its end"),
                share("C2", "RESPONSES", "Survey responses", "answers", null, 420, 0.4, 0.08),
                share("C2", "PROMOTERS", "Promoters (9-10)", "answers", "RESPONSES", 0.42, 0.002, 0.05),
                share("C2", "DETRACTORS", "Detractors (0-6)", "answers", "RESPONSES", 0.17, -0.001, 0.08).lowerIsBetter(),
                formula("C2", "NPS", "Net Promoter Score", "points", "higher",
                        "100 * (PROMOTERS - DETRACTORS) / RESPONSES", 35, "Promoters minus detractors, per 100 responses"),
                constant("P1", "OTD", "On-time delivery", "%", "higher", "monthly", "average", 91, 0.1, 0.012, 1, 95,
                        "Orders delivered on or before the promised date"),
                constant("P2", "PROC_EFF", "Process efficiency", "%", "higher", "monthly", "average", 71, 0.15, 0.02,
                        1, 80, "Value-adding time as a share of total lead time"),
                measured("L1", "TRAIN_HRS", "Training hours per employee", "hours", "higher", "monthly", "average",
                        3.1, 0.02, 0.15, 0.08, 1, 1.1, "Formal training hours per head"),
                constant("L2", "TURNOVER", "Employee turnover", "%", "lower", "quarterly", "average", 4.2, 0.04, 0.06,
                        1, 3.0, "Leavers in the quarter as a share of average headcount"),
                measured("L3", "IDEAS", "Ideas implemented", "ideas", "higher", "monthly", "sum", 9, 0.12, 0.1, 0.2, 0,
                        1.1, "Improvement ideas put into practice"));
    }

    private static DemoScorecard manufacturing() {
        return new DemoScorecard("Northwind Manufacturing", GROUP, "Manufacturing scorecard",
                "Make it right the first time, every time",
                manufacturingObjectives(), manufacturingKpis(), "owner", false);
    }

    private static List<DemoObjective> manufacturingObjectives() {
        return List.of(
                o(0, "MF1", "Grow division revenue", "md.manufacturing@northwind.example", List.of("MC1"), "F1"),
                o(0, "MF2", "Reduce unit cost", "md.manufacturing@northwind.example", List.of("MP1", "MP3"), "F4"),
                o(1, "MC1", "Deliver on time", "sales.manufacturing@northwind.example", List.of("MP1"), "C1"),
                o(1, "MC2", "Reduce complaints", "quality@northwind.example", List.of("MP2"), "C2"),
                o(2, "MP1", "Shorten cycle time", "plant@northwind.example", List.of("MP3"), "P1"),
                o(2, "MP2", "Improve quality", "quality@northwind.example", List.of("ML1"), "P2"),
                o(2, "MP3", "Raise equipment effectiveness", "plant@northwind.example", List.of("ML2"), "P2"),
                o(2, "MP4", "Work safely", "safety@northwind.example", List.of("ML1"), null),
                o(3, "ML1", "Build skills", "hr@northwind.example", List.of(), "L1"),
                o(3, "ML2", "Innovate on the shop floor", "plant@northwind.example", List.of("ML1"), "L3"),
                o(3, "ML3", "Retain people", "hr@northwind.example", List.of(), "L2"));
    }

    private static List<DemoKpi> manufacturingKpis() {
        return List.of(
                measured("MF1", "M_REV", "Division revenue", "kUSD", "higher", "monthly", "sum", 2500, 9, 0.1, 0.035, 1,
                        1.05, "Invoiced revenue of the division"),
                measured("MF2", "M_UNIT_COST", "Cost per unit", "USD", "lower", "monthly", "average", 48.5, -0.05, 0.02,
                        0.015, 2, 0.97, "Full production cost per unit produced"),
                constant("MC1", "M_OTD", "On-time delivery", "%", "higher", "monthly", "average", 90, 0.12, 0.015, 1,
                        95, "Orders shipped on or before the promised date"),
                constant("MC2", "M_COMPLAINTS", "Customer complaints", "complaints", "lower", "monthly", "sum", 21, 0.15,
                        0.15, 0, 14, "Complaints logged by customers"),
                constant("MP1", "M_CYCLE", "Production cycle time", "days", "lower", "monthly", "average", 11.8, -0.04,
                        0.03, 1, 9, "Days from order release to finished goods"),
                share("MP2", "M_UNITS", "Units produced", "units", null, 52000, 120, 0.05),
                share("MP2", "M_DEFECTS", "Defective units", "units", "M_UNITS", 0.021, -0.0002, 0.06).lowerIsBetter(),
                formula("MP2", "M_DEFECT_RATE", "Defect rate", "%", "lower", "100 * M_DEFECTS / M_UNITS", 1.5,
                        "Defective units as a share of units produced"),
                constant("MP3", "M_OEE", "Overall equipment effectiveness", "%", "higher", "monthly", "average", 68,
                        0.2, 0.02, 1, 80, "Availability × performance × quality of the bottleneck lines"),
                constant("MP4", "M_INCIDENTS", "Lost-time incidents", "incidents", "lower", "monthly", "sum", 2.5,
                        -0.03, 0.35, 0, 2, "Accidents causing at least one lost working day"),
                measured("ML1", "M_TRAIN_HRS", "Training hours per employee", "hours", "higher", "monthly", "average",
                        2.6, 0.02, 0.1, 0.08, 1, 1.1, "Formal training hours per head"),
                measured("ML2", "M_IDEAS", "Ideas implemented", "ideas", "higher", "quarterly", "sum", 14, 0.3, 0, 0.15,
                        0, 1.1, "Shop-floor improvement ideas put into practice"),
                constant("ML3", "M_TURNOVER", "Employee turnover", "%", "lower", "quarterly", "average", 5.5, 0.02, 0.05,
                        1, 3.5, "Leavers in the quarter as a share of average headcount"));
    }

    private static DemoScorecard services() {
        return new DemoScorecard(SERVICES, GROUP, "Services scorecard",
                "Solve our clients' problems at the first contact",
                servicesObjectives(), servicesKpis(), "steward", true);
    }

    private static List<DemoObjective> servicesObjectives() {
        return List.of(
                o(0, "SF1", "Grow services revenue", "md.services@northwind.example", List.of("SC2"), "F1"),
                o(0, "SF2", "Protect margins", "md.services@northwind.example", List.of("SP1"), "F2"),
                o(1, "SC1", "Delight clients", "accounts@northwind.example", List.of("SP1", "SP3"), "C1"),
                o(1, "SC2", "Keep clients", "accounts@northwind.example", List.of("SC1"), "C2"),
                o(2, "SP1", "Respond fast", "support@northwind.example", List.of("SL1"), "P1"),
                o(2, "SP2", "Control the backlog", "support@northwind.example", List.of("SP1"), "P2"),
                o(2, "SP3", "Meet service levels", "support@northwind.example", List.of("SL1"), "P1"),
                o(3, "SL1", "Grow expertise", "hr@northwind.example", List.of(), "L1"),
                o(3, "SL2", "Innovate in service", "support@northwind.example", List.of("SL1"), "L3"),
                o(3, "SL3", "Engage our people", "hr@northwind.example", List.of(), "L2"));
    }

    private static List<DemoKpi> servicesKpis() {
        return List.of(
                measured("SF1", "S_REV", "Services revenue", "kUSD", "higher", "monthly", "sum", 1300, 6, 0.05, 0.04, 1,
                        1.04, "Invoiced services revenue"),
                constant("SF2", "S_MARGIN", "Services margin", "%", "higher", "monthly", "average", 31, 0.05, 0.03, 1,
                        33, "Contribution margin of services"),
                constant("SF2", "S_UTIL", "Billable utilisation", "%", "higher", "monthly", "average", 72, 0.08, 0.025,
                        1, 78, "Billable hours as a share of available hours"),
                constant("SC1", "S_CSAT", "Client satisfaction", "%", "higher", "monthly", "average", 85, 0.1, 0.015,
                        1, 90, "Share of surveyed clients satisfied or very satisfied"),
                constant("SC2", "S_RETENTION", "Client retention", "%", "higher", "quarterly", "average", 90, 0.05,
                        0.012, 1, 93, "Contracts renewed as a share of contracts due"),
                constant("SP1", "S_RESPONSE", "First response time", "hours", "lower", "monthly", "average", 6.5, 0.05,
                        0.08, 1, 4, "Average hours to the first answer to a ticket"),
                constant("SP1", "S_FCR", "First-contact resolution", "%", "higher", "monthly", "average", 68, 0.15,
                        0.03, 1, 75, "Tickets solved at the first contact"),
                constant("SP2", "S_BACKLOG", "Open tickets", "tickets", "lower", "monthly", "last", 340, -1.5, 0.07, 0,
                        300, "Tickets open at month end"),
                constant("SP3", "S_SLA", "Service levels met", "%", "higher", "monthly", "average", 93, 0.08, 0.012, 1,
                        97, "Tickets closed within the agreed service level"),
                measured("SL1", "S_TRAIN_HRS", "Training hours per employee", "hours", "higher", "monthly", "average",
                        3.4, 0.02, 0.12, 0.08, 1, 1.1, "Formal training hours per head"),
                measured("SL1", "S_CERTS", "Certifications earned", "certificates", "higher", "quarterly", "sum", 11,
                        0.2, 0, 0.2, 0, 1.1, "Professional certifications earned by staff"),
                measured("SL2", "S_IDEAS", "Ideas implemented", "ideas", "higher", "monthly", "sum", 5, 0.06, 0.1, 0.25,
                        0, 1.1, "Service improvement ideas put into practice"),
                constant("SL3", "S_ENGAGE", "Employee engagement", "%", "higher", "quarterly", "average", 71, 0.15,
                        0.02, 1, 75, "Engagement index of the quarterly pulse survey"),
                // operational KPIs collected every day and every ISO week (last in the list: their values are drawn
                // after every other KPI's, so those stay as they were)
                constant("SP1", "S_PICKUP", "Calls answered within 30 seconds", "%", "higher", "daily", "average", 82,
                        0.1, 0.04, 1, 85, "Share of the day's support calls answered within 30 seconds"),
                constant("SP2", "S_CLOSED", "Tickets closed", "tickets", "higher", "weekly", "sum", 112, 0.3, 0.08, 0,
                        115, "Support tickets closed in the week (Monday to Sunday)"));
    }

    /** The KPI whose values have gaps, among them the last month: its latest period shows "no value". */
    static final String GAPPY_KPI = "S_IDEAS";

    /** The KPI whose latest value waits for approval. */
    static final String PENDING_KPI = "S_FCR";

    /** Flows with a budget beside their target (the plan without the target's uplift), and their stretch factor. */
    static final java.util.Map<String, Double> BUDGETED = java.util.Map.of("REV", 1.08, "COGS", 0.95, "M_REV", 1.1);
}
