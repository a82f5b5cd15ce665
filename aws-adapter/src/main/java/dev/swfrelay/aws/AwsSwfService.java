package dev.swfrelay.aws;

import dev.swfrelay.core.api.*;
import dev.swfrelay.core.model.*;
import dev.swfrelay.core.service.ServicePorts;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.SwfRequest;
import software.amazon.awssdk.services.swf.model.SwfResponse;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Every SWF operation on AWS SDK for Java v2's {@link SwfClient}, speaking core's model.
 * Requests and answers are mapped member by member by SWF's wire names; the SDK's
 * exceptions become {@link SwfFault} with SWF's fault name, or
 * {@link SwfUnreachableException} when no answer came. The two long polls run on threads
 * of their own with call timeouts longer than the service's 60-second hold; cancelling a
 * poll's future withdraws it. Build one with {@link AwsSwf}.
 */
public final class AwsSwfService implements SwfService, AutoCloseable {

    /** Longer than SWF's 60-second hold on a long poll, so the service always answers first. */
    public static final Duration POLL_ATTEMPT_TIMEOUT = Duration.ofSeconds(70);

    private final SwfClient client;
    private final AbortableHttpClient ownedHttp;
    private final FaultTranslator faults;
    private final SdkWriter writer;
    private final SdkReader reader;
    private final LongPolls polls;
    private final AwsRequestOverrideConfiguration pollTimeouts = AwsRequestOverrideConfiguration.builder()
            .apiCallAttemptTimeout(POLL_ATTEMPT_TIMEOUT)
            .apiCallTimeout(POLL_ATTEMPT_TIMEOUT.multipliedBy(3))
            .build();

    /**
     * Wraps a client built elsewhere. Its HTTP client's socket read timeout must exceed 60
     * seconds for long polls; a cancelled poll interrupts its thread but cannot close the
     * connection, so the service may still hand that poll a task.
     */
    public AwsSwfService(SwfClient client) {
        this(client, null, null);
    }

    AwsSwfService(SwfClient client, AbortableHttpClient http, URI endpoint) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownedHttp = http;
        SdkFields fields = new SdkFields();
        this.faults = new FaultTranslator(endpoint);
        this.writer = new SdkWriter(fields);
        this.reader = new SdkReader(fields);
        this.polls = new LongPolls(http);
    }

    /** The four ports on this service for {@code domain}; pollers identify themselves as {@code identity}. */
    public ServicePorts ports(String domain, String identity) {
        return ServicePorts.of(this, domain, identity);
    }

    /** The SDK client underneath, for what the ports do not cover. */
    public SwfClient client() {
        return client;
    }

    @Override
    public WorkflowExecutionCount countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest request) {
        return call("CountClosedWorkflowExecutions", request, software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsRequest.builder(),
                client::countClosedWorkflowExecutions, WorkflowExecutionCount.class);
    }

    @Override
    public WorkflowExecutionCount countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest request) {
        return call("CountOpenWorkflowExecutions", request, software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsRequest.builder(),
                client::countOpenWorkflowExecutions, WorkflowExecutionCount.class);
    }

    @Override
    public PendingTaskCount countPendingActivityTasks(CountPendingActivityTasksRequest request) {
        return call("CountPendingActivityTasks", request, software.amazon.awssdk.services.swf.model.CountPendingActivityTasksRequest.builder(),
                client::countPendingActivityTasks, PendingTaskCount.class);
    }

    @Override
    public PendingTaskCount countPendingDecisionTasks(CountPendingDecisionTasksRequest request) {
        return call("CountPendingDecisionTasks", request, software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksRequest.builder(),
                client::countPendingDecisionTasks, PendingTaskCount.class);
    }

    @Override
    public void deleteActivityType(DeleteActivityTypeRequest request) {
        call("DeleteActivityType", request, software.amazon.awssdk.services.swf.model.DeleteActivityTypeRequest.builder(),
                client::deleteActivityType, null);
    }

    @Override
    public void deleteWorkflowType(DeleteWorkflowTypeRequest request) {
        call("DeleteWorkflowType", request, software.amazon.awssdk.services.swf.model.DeleteWorkflowTypeRequest.builder(),
                client::deleteWorkflowType, null);
    }

    @Override
    public void deprecateActivityType(DeprecateActivityTypeRequest request) {
        call("DeprecateActivityType", request, software.amazon.awssdk.services.swf.model.DeprecateActivityTypeRequest.builder(),
                client::deprecateActivityType, null);
    }

    @Override
    public void deprecateDomain(DeprecateDomainRequest request) {
        call("DeprecateDomain", request, software.amazon.awssdk.services.swf.model.DeprecateDomainRequest.builder(),
                client::deprecateDomain, null);
    }

    @Override
    public void deprecateWorkflowType(DeprecateWorkflowTypeRequest request) {
        call("DeprecateWorkflowType", request, software.amazon.awssdk.services.swf.model.DeprecateWorkflowTypeRequest.builder(),
                client::deprecateWorkflowType, null);
    }

    @Override
    public ActivityTypeDetail describeActivityType(DescribeActivityTypeRequest request) {
        return call("DescribeActivityType", request, software.amazon.awssdk.services.swf.model.DescribeActivityTypeRequest.builder(),
                client::describeActivityType, ActivityTypeDetail.class);
    }

    @Override
    public DomainDetail describeDomain(DescribeDomainRequest request) {
        return call("DescribeDomain", request, software.amazon.awssdk.services.swf.model.DescribeDomainRequest.builder(),
                client::describeDomain, DomainDetail.class);
    }

    @Override
    public WorkflowExecutionDetail describeWorkflowExecution(DescribeWorkflowExecutionRequest request) {
        return call("DescribeWorkflowExecution", request, software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionRequest.builder(),
                client::describeWorkflowExecution, WorkflowExecutionDetail.class);
    }

    @Override
    public WorkflowTypeDetail describeWorkflowType(DescribeWorkflowTypeRequest request) {
        return call("DescribeWorkflowType", request, software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeRequest.builder(),
                client::describeWorkflowType, WorkflowTypeDetail.class);
    }

    @Override
    public History getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest request) {
        return call("GetWorkflowExecutionHistory", request, software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryRequest.builder(),
                client::getWorkflowExecutionHistory, History.class);
    }

    @Override
    public ActivityTypeInfos listActivityTypes(ListActivityTypesRequest request) {
        return call("ListActivityTypes", request, software.amazon.awssdk.services.swf.model.ListActivityTypesRequest.builder(),
                client::listActivityTypes, ActivityTypeInfos.class);
    }

    @Override
    public WorkflowExecutionInfos listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest request) {
        return call("ListClosedWorkflowExecutions", request, software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsRequest.builder(),
                client::listClosedWorkflowExecutions, WorkflowExecutionInfos.class);
    }

    @Override
    public DomainInfos listDomains(ListDomainsRequest request) {
        return call("ListDomains", request, software.amazon.awssdk.services.swf.model.ListDomainsRequest.builder(),
                client::listDomains, DomainInfos.class);
    }

    @Override
    public WorkflowExecutionInfos listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest request) {
        return call("ListOpenWorkflowExecutions", request, software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest.builder(),
                client::listOpenWorkflowExecutions, WorkflowExecutionInfos.class);
    }

    @Override
    public ListTagsForResourceOutput listTagsForResource(ListTagsForResourceRequest request) {
        return call("ListTagsForResource", request, software.amazon.awssdk.services.swf.model.ListTagsForResourceRequest.builder(),
                client::listTagsForResource, ListTagsForResourceOutput.class);
    }

    @Override
    public WorkflowTypeInfos listWorkflowTypes(ListWorkflowTypesRequest request) {
        return call("ListWorkflowTypes", request, software.amazon.awssdk.services.swf.model.ListWorkflowTypesRequest.builder(),
                client::listWorkflowTypes, WorkflowTypeInfos.class);
    }

    @Override
    public CompletableFuture<ActivityTask> pollForActivityTask(PollForActivityTaskRequest request) {
        return poll(() -> call("PollForActivityTask", request,
                software.amazon.awssdk.services.swf.model.PollForActivityTaskRequest.builder().overrideConfiguration(pollTimeouts),
                client::pollForActivityTask, ActivityTask.class));
    }

    @Override
    public CompletableFuture<DecisionTask> pollForDecisionTask(PollForDecisionTaskRequest request) {
        return poll(() -> call("PollForDecisionTask", request,
                software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest.builder().overrideConfiguration(pollTimeouts),
                client::pollForDecisionTask, DecisionTask.class));
    }

    @Override
    public ActivityTaskStatus recordActivityTaskHeartbeat(RecordActivityTaskHeartbeatRequest request) {
        return call("RecordActivityTaskHeartbeat", request, software.amazon.awssdk.services.swf.model.RecordActivityTaskHeartbeatRequest.builder(),
                client::recordActivityTaskHeartbeat, ActivityTaskStatus.class);
    }

    @Override
    public void registerActivityType(RegisterActivityTypeRequest request) {
        call("RegisterActivityType", request, software.amazon.awssdk.services.swf.model.RegisterActivityTypeRequest.builder(),
                client::registerActivityType, null);
    }

    @Override
    public void registerDomain(RegisterDomainRequest request) {
        call("RegisterDomain", request, software.amazon.awssdk.services.swf.model.RegisterDomainRequest.builder(),
                client::registerDomain, null);
    }

    @Override
    public void registerWorkflowType(RegisterWorkflowTypeRequest request) {
        call("RegisterWorkflowType", request, software.amazon.awssdk.services.swf.model.RegisterWorkflowTypeRequest.builder(),
                client::registerWorkflowType, null);
    }

    @Override
    public void requestCancelWorkflowExecution(RequestCancelWorkflowExecutionRequest request) {
        call("RequestCancelWorkflowExecution", request, software.amazon.awssdk.services.swf.model.RequestCancelWorkflowExecutionRequest.builder(),
                client::requestCancelWorkflowExecution, null);
    }

    @Override
    public void respondActivityTaskCanceled(RespondActivityTaskCanceledRequest request) {
        call("RespondActivityTaskCanceled", request, software.amazon.awssdk.services.swf.model.RespondActivityTaskCanceledRequest.builder(),
                client::respondActivityTaskCanceled, null);
    }

    @Override
    public void respondActivityTaskCompleted(RespondActivityTaskCompletedRequest request) {
        call("RespondActivityTaskCompleted", request, software.amazon.awssdk.services.swf.model.RespondActivityTaskCompletedRequest.builder(),
                client::respondActivityTaskCompleted, null);
    }

    @Override
    public void respondActivityTaskFailed(RespondActivityTaskFailedRequest request) {
        call("RespondActivityTaskFailed", request, software.amazon.awssdk.services.swf.model.RespondActivityTaskFailedRequest.builder(),
                client::respondActivityTaskFailed, null);
    }

    @Override
    public void respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest request) {
        call("RespondDecisionTaskCompleted", request, software.amazon.awssdk.services.swf.model.RespondDecisionTaskCompletedRequest.builder(),
                client::respondDecisionTaskCompleted, null);
    }

    @Override
    public void signalWorkflowExecution(SignalWorkflowExecutionRequest request) {
        call("SignalWorkflowExecution", request, software.amazon.awssdk.services.swf.model.SignalWorkflowExecutionRequest.builder(),
                client::signalWorkflowExecution, null);
    }

    @Override
    public Run startWorkflowExecution(StartWorkflowExecutionRequest request) {
        return call("StartWorkflowExecution", request, software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest.builder(),
                client::startWorkflowExecution, Run.class);
    }

    @Override
    public void tagResource(TagResourceRequest request) {
        call("TagResource", request, software.amazon.awssdk.services.swf.model.TagResourceRequest.builder(),
                client::tagResource, null);
    }

    @Override
    public void terminateWorkflowExecution(TerminateWorkflowExecutionRequest request) {
        call("TerminateWorkflowExecution", request, software.amazon.awssdk.services.swf.model.TerminateWorkflowExecutionRequest.builder(),
                client::terminateWorkflowExecution, null);
    }

    @Override
    public void undeprecateActivityType(UndeprecateActivityTypeRequest request) {
        call("UndeprecateActivityType", request, software.amazon.awssdk.services.swf.model.UndeprecateActivityTypeRequest.builder(),
                client::undeprecateActivityType, null);
    }

    @Override
    public void undeprecateDomain(UndeprecateDomainRequest request) {
        call("UndeprecateDomain", request, software.amazon.awssdk.services.swf.model.UndeprecateDomainRequest.builder(),
                client::undeprecateDomain, null);
    }

    @Override
    public void undeprecateWorkflowType(UndeprecateWorkflowTypeRequest request) {
        call("UndeprecateWorkflowType", request, software.amazon.awssdk.services.swf.model.UndeprecateWorkflowTypeRequest.builder(),
                client::undeprecateWorkflowType, null);
    }

    @Override
    public void untagResource(UntagResourceRequest request) {
        call("UntagResource", request, software.amazon.awssdk.services.swf.model.UntagResourceRequest.builder(),
                client::untagResource, null);
    }

    private <Q extends SwfRequest, P extends SwfResponse, R> R call(String operation, Object request,
            SdkBuilder<?, Q> builder, Function<Q, P> sdkCall, Class<R> answer) {
        Q sdkRequest = writer.write(request, (SdkPojo) builder);
        P response = faults.call(operation, () -> sdkCall.apply(sdkRequest));
        return answer == null ? null : reader.read(response, answer);
    }

    private <T> CompletableFuture<T> poll(Supplier<T> call) {
        return polls.submit(call);
    }

    /** Withdraws the polls in flight and closes the SDK client (and its HTTP client when {@link AwsSwf} built it). */
    @Override
    public void close() {
        polls.close();
        client.close();
        if (ownedHttp != null) {
            ownedHttp.close();
        }
    }
}
