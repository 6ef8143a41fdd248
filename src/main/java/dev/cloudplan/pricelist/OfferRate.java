package dev.cloudplan.pricelist;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One price dimension of an offer file: a product, the term it belongs to (OnDemand or Reserved, with the
 * Reserved term's attributes), and its rate for one tier.
 *
 * @param termAttributes e.g. LeaseContractLength=1yr, OfferingClass=standard, PurchaseOption=No Upfront
 * @param endRange       exclusive end of the tier, null for "Inf"
 * @param position       where in the file the rate was read, for messages
 */
public record OfferRate(
        OfferProduct product,
        String termType,
        Map<String, String> termAttributes,
        String rateCode,
        String description,
        BigDecimal beginRange,
        BigDecimal endRange,
        String unit,
        BigDecimal usd,
        String effectiveDate,
        String position) {}
