package org.vocbridge.observatory;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.observatory.domain.ObservatoryData;

/** What other modules ask of the observatory: its indicators and their published values. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ObservatoryApi {

    private final Indicators indicators;
    private final ObservatoryData data;

    /** Every indicator, with the countries it is collected for. */
    public List<IndicatorSummary> indicators() {
        return indicators.all();
    }

    /**
     * The published values the filter selects (confidential ones left out), as of its moment;
     * {@link org.vocbridge.shared.InvalidInputException} for an unknown indicator or group.
     */
    public List<ObservationRow> observations(ObservationFilter filter) {
        data.check(filter);
        return data.list(filter);
    }
}
