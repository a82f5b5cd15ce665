package dev.swfrelay.emulator.engine.registry;

import dev.swfrelay.core.api.DeprecateDomainRequest;
import dev.swfrelay.core.api.DescribeDomainRequest;
import dev.swfrelay.core.api.ListDomainsRequest;
import dev.swfrelay.core.api.ListTagsForResourceRequest;
import dev.swfrelay.core.api.RegisterDomainRequest;
import dev.swfrelay.core.api.TagResourceRequest;
import dev.swfrelay.core.api.UndeprecateDomainRequest;
import dev.swfrelay.core.api.UntagResourceRequest;
import dev.swfrelay.core.model.DomainConfiguration;
import dev.swfrelay.core.model.DomainDetail;
import dev.swfrelay.core.model.DomainInfo;
import dev.swfrelay.core.model.DomainInfos;
import dev.swfrelay.core.model.ListTagsForResourceOutput;
import dev.swfrelay.core.model.RegistrationStatus;
import dev.swfrelay.emulator.engine.EngineSettings;
import dev.swfrelay.core.model.Faults;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The domains of one region: registration, description, listing, (un)deprecation and tags. */
public final class DomainRegistry {

    private static final int MAX_TAGS = 50;
    private static final int MAX_RETENTION_DAYS = 90;

    private final EngineSettings settings;
    private final Map<String, Domain> domains = new ConcurrentHashMap<>();

    public DomainRegistry(EngineSettings settings) {
        this.settings = settings;
    }

    public synchronized void register(RegisterDomainRequest request) {
        String retention = request.workflowExecutionRetentionPeriodInDays();
        checkRetention(retention);
        if (domains.containsKey(request.name())) {
            throw Faults.domainAlreadyExists(request.name());
        }
        if (domains.size() >= settings.limits().maxRegisteredDomains()) {
            throw Faults.limitExceeded("registered domains", settings.limits().maxRegisteredDomains());
        }
        if (request.tags() != null && request.tags().size() > MAX_TAGS) {
            throw Faults.tooManyTags(MAX_TAGS).withDetail(request.tags().size() + " tags given");
        }
        String arn = "arn:aws:swf:" + settings.region() + ":" + settings.accountId() + ":/domain/" + request.name();
        Domain domain = new Domain(request.name(), arn, request.description(), retention);
        if (request.tags() != null) {
            domain.tag(request.tags(), MAX_TAGS);
        }
        domains.put(domain.name(), domain);
    }

    /** The domain whatever its status; {@code UnknownResourceFault} when it does not exist. */
    public Domain get(String name) {
        Domain domain = domains.get(name);
        if (domain == null) {
            throw Faults.unknownDomain(name);
        }
        return domain;
    }

    /** The domain, which must be registered (not deprecated) to start work in it. */
    public Domain registered(String name) {
        Domain domain = get(name);
        if (domain.deprecated()) {
            throw Faults.unknownDomain(name).withDetail("the domain is deprecated");
        }
        return domain;
    }

    public DomainDetail describe(DescribeDomainRequest request) {
        Domain domain = get(request.name());
        return new DomainDetail(new DomainConfiguration(domain.retentionDays()), domain.info());
    }

    public DomainInfos list(ListDomainsRequest request) {
        Faults.required(request.registrationStatus(), "registrationStatus");
        List<DomainInfo> infos = new ArrayList<>();
        for (Domain domain : domains.values()) {
            if (domain.status() == request.registrationStatus()) {
                infos.add(domain.info());
            }
        }
        infos.sort(Comparator.comparing(DomainInfo::name));
        if (Boolean.TRUE.equals(request.reverseOrder())) {
            Collections.reverse(infos);
        }
        Pages.Page<DomainInfo> page = Pages.page(infos, "domains:" + request.registrationStatus(),
                request.maximumPageSize(), request.nextPageToken(), settings.limits().maxPageSize());
        return new DomainInfos(page.items(), page.nextPageToken());
    }

    public synchronized void deprecate(DeprecateDomainRequest request) {
        Domain domain = get(request.name());
        if (domain.deprecated()) {
            throw Faults.domainDeprecated(request.name()).withDetail("already deprecated");
        }
        domain.status(RegistrationStatus.DEPRECATED);
    }

    public synchronized void undeprecate(UndeprecateDomainRequest request) {
        Domain domain = get(request.name());
        if (!domain.deprecated()) {
            throw Faults.domainAlreadyExists(request.name()).withDetail("registered, not deprecated");
        }
        domain.status(RegistrationStatus.REGISTERED);
    }

    public ListTagsForResourceOutput listTags(ListTagsForResourceRequest request) {
        return new ListTagsForResourceOutput(byArn(request.resourceArn()).tags());
    }

    public void tag(TagResourceRequest request) {
        Domain domain = byArn(request.resourceArn());
        if (domain.deprecated()) {
            throw Faults.domainDeprecated(domain.name());
        }
        if (!domain.tag(Faults.required(request.tags(), "tags"), MAX_TAGS)) {
            throw Faults.tooManyTags(MAX_TAGS);
        }
    }

    public void untag(UntagResourceRequest request) {
        byArn(request.resourceArn()).untag(Faults.required(request.tagKeys(), "tagKeys"));
    }

    public void clear() {
        domains.clear();
    }

    private Domain byArn(String arn) {
        for (Domain domain : domains.values()) {
            if (domain.arn().equals(arn)) {
                return domain;
            }
        }
        throw Faults.unknownResource(arn);
    }

    /** Whole days from 0 to 90, or NONE, which SWF takes as 0: histories are not kept after the run closes. */
    private static void checkRetention(String retention) {
        if ("NONE".equals(retention)) {
            return;
        }
        boolean digits = !retention.isEmpty() && retention.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || retention.length() > 2 || Integer.parseInt(retention) > MAX_RETENTION_DAYS) {
            throw Faults.invalid(retention, "workflowExecutionRetentionPeriodInDays",
                    Faults.retentionDays(MAX_RETENTION_DAYS));
        }
    }
}
