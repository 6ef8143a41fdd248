package dev.cloudplan.cli;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.report.Axis;
import dev.cloudplan.spec.SettingValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One axis a sweep varies, a workload driver or a component setting, as the spec reader takes its value at a point. */
interface Varied {
    Axis axis();

    BigDecimal from();

    BigDecimal to();

    /** The step a break-even along it is solved to. */
    BigDecimal resolution();

    /** Puts the value {@code v} where the reader takes it: in the drivers' map or as settings. */
    void put(BigDecimal v, Map<Driver, BigDecimal> drivers, List<SettingValue> settings);

    /** The value in words for an error: "requests at 5 requests/month", "app.count at 12". */
    String at(BigDecimal v);
}
