package org.pactwatch.graph;

import java.util.List;
import java.util.Optional;
import org.pactwatch.graph.internal.DealReadModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The companies that can be picked in the strategist views: those party to at least one live deal. */
@Service
public class DealPartyService {

    private final DealReadModel readModel;

    DealPartyService(DealReadModel readModel) {
        this.readModel = readModel;
    }

    /** The companies party to at least one live deal. */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public List<CompanyRef> parties() {
        return readModel.parties();
    }

    /** A party by its exact canonical name, ignoring case. */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public Optional<CompanyRef> byName(String name) {
        return parties().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }
}
