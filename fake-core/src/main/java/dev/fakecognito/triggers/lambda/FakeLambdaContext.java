package dev.fakecognito.triggers.lambda;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A Lambda {@link Context} for running a handler in-process: every method that describes the
 * function and the invocation returns a value, never null, so handler code that reads the context
 * works unchanged. ({@code getTenantId} and {@code getXrayTraceId}, which newer versions of {@code
 * aws-lambda-java-core} add, keep their default of null, as in a function without tenant isolation
 * or tracing.)
 *
 * <p>The request ID is random per context; the identity and client context are empty, as they are
 * for Cognito triggers; the remaining time is Cognito's 5-second trigger timeout; and the logger
 * writes each line to standard output, where Lambda would send it to CloudWatch Logs.
 *
 * <pre>{@code
 * Context context = FakeLambdaContext.forFunction("arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up");
 * new PreSignUpFunction().handleRequest(event, context);
 * }</pre>
 */
public final class FakeLambdaContext implements Context {

  /** Cognito waits 5 seconds for a trigger. */
  private static final int TIMEOUT_MILLIS = 5_000;

  private static final CognitoIdentity NO_IDENTITY = new CognitoIdentity() {
    @Override
    public String getIdentityId() {
      return "";
    }

    @Override
    public String getIdentityPoolId() {
      return "";
    }
  };

  private static final Client NO_CLIENT = new Client() {
    @Override
    public String getInstallationId() {
      return "";
    }

    @Override
    public String getAppTitle() {
      return "";
    }

    @Override
    public String getAppVersionName() {
      return "";
    }

    @Override
    public String getAppVersionCode() {
      return "";
    }

    @Override
    public String getAppPackageName() {
      return "";
    }
  };

  private static final ClientContext NO_CLIENT_CONTEXT = new ClientContext() {
    @Override
    public Client getClient() {
      return NO_CLIENT;
    }

    @Override
    public Map<String, String> getCustom() {
      return Map.of();
    }

    @Override
    public Map<String, String> getEnvironment() {
      return Map.of();
    }
  };

  private static final LambdaLogger STANDARD_OUTPUT = new LambdaLogger() {
    @Override
    public void log(String message) {
      System.out.println(message);
    }

    @Override
    public void log(byte[] message) {
      System.out.println(new String(message, StandardCharsets.UTF_8));
    }
  };

  private final String functionArn;
  private final String functionName;
  private final String awsRequestId = UUID.randomUUID().toString();

  private FakeLambdaContext(String functionArn, String functionName) {
    this.functionArn = functionArn;
    this.functionName = functionName;
  }

  /**
   * A context for the function with this ARN, or with this name in {@code us-east-1} when the text
   * is not an ARN.
   *
   * @param functionArnOrName a function ARN such as {@code
   *     arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up}, or a function name
   * @return a new context with a new request ID
   */
  public static FakeLambdaContext forFunction(String functionArnOrName) {
    Objects.requireNonNull(functionArnOrName, "functionArnOrName");
    // arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]
    String[] parts = functionArnOrName.split(":", -1);
    if (parts.length >= 7 && parts[0].equals("arn") && parts[5].equals("function")) {
      return new FakeLambdaContext(functionArnOrName, parts[6]);
    }
    return new FakeLambdaContext(
        "arn:aws:lambda:us-east-1:000000000000:function:" + functionArnOrName, functionArnOrName);
  }

  /** A random UUID, fixed for this context. */
  @Override
  public String getAwsRequestId() {
    return awsRequestId;
  }

  /** {@code /aws/lambda/<function name>}, as Lambda names it. */
  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  /** A stream name in Lambda's style, made from the request ID. */
  @Override
  public String getLogStreamName() {
    return "fake/[$LATEST]" + awsRequestId.replace("-", "");
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  /** {@code $LATEST}. */
  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return functionArn;
  }

  /** An identity with empty IDs. */
  @Override
  public CognitoIdentity getIdentity() {
    return NO_IDENTITY;
  }

  /** A client context with an empty client and no custom or environment values. */
  @Override
  public ClientContext getClientContext() {
    return NO_CLIENT_CONTEXT;
  }

  /** Always the full 5 seconds Cognito gives a trigger, since the fake's clock does not run during a call. */
  @Override
  public int getRemainingTimeInMillis() {
    return TIMEOUT_MILLIS;
  }

  /** 128, Lambda's smallest setting. */
  @Override
  public int getMemoryLimitInMB() {
    return 128;
  }

  /** A logger that prints each message as a line on standard output. */
  @Override
  public LambdaLogger getLogger() {
    return STANDARD_OUTPUT;
  }

  @Override
  public String toString() {
    return "FakeLambdaContext[" + functionArn + ", " + awsRequestId + "]";
  }
}
